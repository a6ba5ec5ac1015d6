# exec() is refused by the sandbox
print("before")
exec("x=1")
