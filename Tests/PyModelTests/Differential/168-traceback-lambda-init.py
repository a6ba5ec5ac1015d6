# an exception in __init__ reached through map() and a lambda
class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError("negative balance")
        self.balance = balance
f = lambda x: Account(x)
accounts = list(map(f, [10, -5]))
