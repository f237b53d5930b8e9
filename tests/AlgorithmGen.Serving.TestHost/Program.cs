using System;
using AlgorithmGen.Serving;
using AlgorithmGen.Serving.TestHost;

// WebApplicationFactory starts the entry point with its own --key=value settings and no command; SageMaker and the
// process tests pass 'serve'.
string[] arguments = args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) && args[0] != "--help" ? ["serve", .. args] : args;

// The whole of an inference container's Program.cs.
return await ServingHost.RunAsync<TestAlgorithm.InferenceContract>(arguments, TestModel.LoadAsync);

/// <summary>The entry point, public for WebApplicationFactory.</summary>
public partial class Program;
