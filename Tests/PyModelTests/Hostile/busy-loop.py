# an endless loop without awaits: the instruction budget must stop it
print("spinning")
while True: pass
