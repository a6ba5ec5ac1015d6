/// The Python types of asyncio's Swift-backed objects.
enum AsyncioTypes {
    static let future = BT.make("Future", [BT.object], .native, module: "asyncio") { _ in }
    static let task = BT.make("Task", [future], .native, module: "asyncio") { _ in }
    static let gatheringFuture = BT.make("_GatheringFuture", [future], .native, module: "asyncio.tasks") { _ in }
}
