# __import__ is refused by the sandbox
print("before")
os = __import__("os")
