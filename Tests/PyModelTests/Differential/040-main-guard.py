# __name__ is "__main__" in the program, so the guard runs; functions defined before it are visible
def greet(who):
    return f"hello {who}"
print("module level first", __name__)
if __name__ == "__main__":
    print(greet("main"))
else:
    print("imported")
