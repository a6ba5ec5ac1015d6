# importing subprocess is refused by the sandbox
import subprocess
subprocess.run(["true"])
