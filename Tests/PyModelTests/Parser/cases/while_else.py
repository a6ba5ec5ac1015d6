while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 8:
        break
else:
    print("done")
while True: pass
