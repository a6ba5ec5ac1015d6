class A:
    @staticmethod
    def s(): pass
    @classmethod
    async def c(cls): pass
    @property
    def p(self): return 1
