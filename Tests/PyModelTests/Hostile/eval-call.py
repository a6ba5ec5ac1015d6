# eval() is refused by the sandbox
print("before")
print(eval("1"))
