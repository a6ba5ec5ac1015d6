try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
