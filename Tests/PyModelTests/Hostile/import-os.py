# importing os is refused by the sandbox (CPython would import it)
import os
print(os.getcwd())
