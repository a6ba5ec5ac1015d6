x = "é" + y
z = "日本"; w = z
print("😀", a)
f"{é}"
f"é{x}é{y}"
