# strings as sequences: iteration, ord/chr, multiplication, comparisons, reversed, membership, counting words
word = "level"
print([c for c in word], word == word[::-1], "".join(sorted(word)))
print([ord(c) for c in "AZaz"], "".join(chr(c) for c in range(97, 102)))
print("-" * 10, "ab" * 0, "abc" < "abd" < "b")
text = "the cat and the hat and the bat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq, max(freq, key=freq.get))
print(" ".join(w.capitalize() for w in text.split()[:3]), text.count("the"), "cat" in text)
