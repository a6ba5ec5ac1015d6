a.b.c().d[1].e
x = obj.method(1).attr
asyncio.get_event_loop().run_until_complete(main())
