// Fixtures run side by side, the tests inside one fixture one after the other. Each fixture starts its own
// stack (its own database file or database, its own queue names), and most of its time is spent waiting on
// the database, the broker, a child process or a timer, so three at once keep two cores busy. A fixture that
// measures the whole process (live heap, timings, the shared services) is [NonParallelizable] and runs alone.
// The test command may set another level: `-- NUnit.NumberOfTestWorkers=N`.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(3)]
