if __name__ == "__main__":
    import asyncio
    asyncio.run(main())
else:
    pass
