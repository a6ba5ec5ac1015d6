# open() is refused by the sandbox (CPython here: FileNotFoundError in an empty folder)
print("before")
with open("f") as fh:
    print(fh.read())
