print(
    "a",
    f"b {x}",
    """c
d""",
)
