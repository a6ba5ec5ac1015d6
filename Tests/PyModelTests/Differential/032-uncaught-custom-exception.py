# an uncaught exception of a user-defined class (its name is printed without a module)
class QuotaExceeded(Exception):
    def __init__(self, used, limit):
        super().__init__(f"used {used} of {limit}")
print("checking quota")
raise QuotaExceeded(12, 10)
