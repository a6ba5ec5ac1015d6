# truthiness of values, None checks, `or` defaults, len-based truth, comparing with None
for v in (0, 0.0, "", [], {}, set(), None, "0", [0], -1, 0.1):
    print(repr(v), bool(v))
def first_word(text=None):
    text = text or "empty"
    return text.split()[0]
print(first_word(), first_word("hello there"))
x = None
print(x is None, x == None, x is not None, None == 0, None == False)
