x = "a" "b"
y = ("first "
     "second "
     'third')
z = b"a" b"c"
print("one" "two", "three")
