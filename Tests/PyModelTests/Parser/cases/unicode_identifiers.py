café = 1
π = 3.14
print(café, "日本語", π)
naïve_é = café + π
x = "é"; y = x
