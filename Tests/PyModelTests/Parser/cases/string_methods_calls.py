"-".join(["a", "b"])
" x ".strip().upper()
"%s=%d" % (k, v)
"{} {}".format(a, b)
