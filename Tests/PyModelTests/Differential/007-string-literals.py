# string literal forms: quotes, escapes, raw, triple-quoted, implicit concatenation, bytes repr
print('single', "double", 'it\'s', "say \"hi\"")
print("tab\tend", "back\\slash", "nl\\n literal", r"raw\n\t")
print("""triple
quoted""")
print('''a
b''')
print("implicit" " concatenation" ' works')
print("\u00e9", "\x41", "\101", len("\n"))
print(repr("quote'inside"), repr('both \' and "'), repr("new\nline"))
print(b"bytes", b"\x00\xff", bytes([65, 66]), "é".encode("utf-8"))
print(str(b"x"), repr("tab\t"), "a" + "b" * 2)
s = ("long string "
     "split over lines")
print(s)
