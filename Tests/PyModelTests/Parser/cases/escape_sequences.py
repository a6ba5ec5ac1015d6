a = "\n\t\\\'\"\a\b\f\v\r"
b = "\x41\101\u00e9\U0001F600"
c = "\N{BULLET} \N{greek small letter alpha}"
d = b"\x00\xff\101"
e = "\0"
f = "line\
continued"
g = "\777"
