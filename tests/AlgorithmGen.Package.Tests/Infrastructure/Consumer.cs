using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace AlgorithmGen.Package.Tests.Infrastructure
{
    /// <summary>
    /// A user's fresh console project: `dotnet new console`, `dotnet add package AlgorithmGen`, one annotated class and
    /// a Program.cs that uses what the generator adds, in its own folder under the feed's temp folder.
    /// </summary>
    internal sealed class Consumer
    {
        /// <summary>The algorithm the consumer declares; its payload file is <c>gradient-boosting.create-algorithm.json</c>.</summary>
        public const string AlgorithmName = "gradient-boosting";

        /// <summary>
        /// One deliberate warning: a required hyperparameter with a default value, AG0101, reported at the initializer
        /// (line 15 below). Everything else is valid.
        /// </summary>
        public const string AlgorithmSource = """
            using AlgorithmGen;

            namespace App;

            /// <summary>Gradient-boosted decision trees for tabular data.</summary>
            [Algorithm("gradient-boosting",
                TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/gradient-boosting:1.4.0",
                SupportedTrainingInstanceTypes = new[] { TrainingInstanceTypes.MlM5_XLarge, TrainingInstanceTypes.MlC5_2XLarge })]
            [Channel("train", IsRequired = true, SupportedContentTypes = new[] { "text/csv" }, SupportedInputModes = new[] { TrainingInputMode.File })]
            [Metric("validation:rmse", @"validation-rmse:([0-9.]+)", TuningObjective = ObjectiveType.Minimize)]
            public partial class GradientBoostingAlgorithm
            {
                /// <summary>Number of boosting rounds.</summary>
                [HyperParameter(MinValue = 1, MaxValue = 5000, IsTunable = true)]
                public required int NumRound { get; set; } = 100;

                /// <summary>Step size shrinkage.</summary>
                [HyperParameter("eta", MinValue = 0.001, MaxValue = 1.0, IsTunable = true)]
                public double LearningRate { get; set; } = 0.3;
            }
            """;

        /// <summary>
        /// Uses every kind of generated member and the runtime library: the catalog, the compile-time JSON, the typed
        /// request written back with the runtime's JSON writer, and a dry-run registration that writes the payload file
        /// into the folder given as the first argument.
        /// </summary>
        public const string ProgramSource = """
            using AlgorithmGen;
            using AlgorithmGen.Generated;
            using App;

            Console.WriteLine("CATALOG: " + string.Join(", ", AlgorithmCatalog.All.Select(definition => definition.AlgorithmName)));
            Console.WriteLine("JSON: " + GradientBoostingAlgorithm.CreateAlgorithmJson);
            Console.WriteLine("ROUNDTRIP: " + (AlgorithmDefinition.FromRequest(GradientBoostingAlgorithm.CreateRequest()).CompactJson == GradientBoostingAlgorithm.CreateAlgorithmJson));
            AlgorithmRegistrationResult result = await GradientBoostingAlgorithm.RegisterAsync(new AlgorithmRegistrationOptions
            {
                DryRun = true,
                OutputDirectory = args[0],
            });
            Console.WriteLine("DRYRUN: " + result.FilePath);
            """;

        private readonly PackageFeed _feed;
        private readonly ITestOutputHelper _output;

        private Consumer(PackageFeed feed, ITestOutputHelper output, string directory)
        {
            _feed = feed;
            _output = output;
            Directory = directory;
        }

        /// <summary>The consumer's folder (NuGet.Config, isolation files); the project is in App/.</summary>
        public string Directory { get; }

        /// <summary>App/App.csproj.</summary>
        public string ProjectPath => Path.Combine(Directory, "App", "App.csproj");

        /// <summary>The Debug output folder.</summary>
        public string OutputDirectory => Path.Combine(Directory, "App", "bin", "Debug", "net10.0");

        /// <summary>The payload file the build writes.</summary>
        public string PayloadFile => Path.Combine(OutputDirectory, AlgorithmName + ".create-algorithm.json");

        /// <summary>The compiled program.</summary>
        public string AssemblyPath => Path.Combine(OutputDirectory, "App.dll");

        /// <summary>Creates the project as a user would, and adds the AlgorithmGen package from the feed.</summary>
        public static Consumer Create(PackageFeed feed, ITestOutputHelper output, string name)
        {
            var consumer = new Consumer(feed, output, feed.NewConsumerDirectory(name));
            consumer.DotnetSucceeds("new", "console", "--output", "App", "--name", "App", "--framework", "net10.0", "--no-restore");
            File.WriteAllText(Path.Combine(consumer.Directory, "App", "GradientBoostingAlgorithm.cs"), AlgorithmSource);
            File.WriteAllText(Path.Combine(consumer.Directory, "App", "Program.cs"), ProgramSource);
            consumer.AddPackage("AlgorithmGen", feed.Version);
            return consumer;
        }

        /// <summary>`dotnet add package`: adds the reference and restores.</summary>
        public void AddPackage(string id, string version) =>
            DotnetSucceeds("add", ProjectPath, "package", id, "--version", version);

        /// <summary>Adds a property to the project file's first PropertyGroup.</summary>
        public void SetProperty(string name, string value)
        {
            string project = File.ReadAllText(ProjectPath);
            int end = project.IndexOf("</PropertyGroup>", StringComparison.Ordinal);
            Assert.True(end > 0, "App.csproj has no PropertyGroup:\n" + project);
            File.WriteAllText(ProjectPath, project.Insert(end, $"  <{name}>{value}</{name}>\n  "));
        }

        /// <summary>`dotnet build` of the project, with <paramref name="arguments"/>; the result is not checked.</summary>
        public Cli.Result Build(params string[] arguments) =>
            Dotnet(new[] { "build", ProjectPath, "-nodeReuse:false" }.Concat(arguments).ToArray());

        /// <summary>Runs the built program with <paramref name="arguments"/>; asserts it succeeds.</summary>
        public Cli.Result RunProgram(params string[] arguments) => RunProgram(new Dictionary<string, string?>(), arguments);

        /// <summary>
        /// Runs the built program with <paramref name="arguments"/> and the consumer environment changed by
        /// <paramref name="environment"/> (a null value removes a variable); asserts it succeeds.
        /// </summary>
        public Cli.Result RunProgram(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
        {
            var merged = _feed.ConsumerEnvironment.ToDictionary(pair => pair.Key, pair => pair.Value);
            foreach (var (name, value) in environment)
            {
                merged[name] = value;
            }

            Cli.Result result = Log(Cli.Dotnet(Directory, merged, PackageFeed.CommandTimeout, new[] { AssemblyPath }.Concat(arguments).ToArray()));
            Assert.True(result.ExitCode == 0, "The consumer program failed: " + result);
            return result;
        }

        /// <summary>Writes (or replaces) a source file of the project.</summary>
        public void WriteSource(string fileName, string content) => File.WriteAllText(Path.Combine(Directory, "App", fileName), content);

        /// <summary>Runs <c>dotnet</c> in the consumer's folder with the feed's consumer environment.</summary>
        public Cli.Result Dotnet(params string[] arguments) => Log(Cli.Dotnet(Directory, _feed.ConsumerEnvironment, PackageFeed.CommandTimeout, arguments));

        /// <summary>Runs <paramref name="fileName"/> in the consumer's folder with the feed's consumer environment.</summary>
        public Cli.Result Run(string fileName, params string[] arguments) =>
            Log(Cli.Run(fileName, Directory, _feed.ConsumerEnvironment, PackageFeed.CommandTimeout, arguments));

        /// <summary>Runs <c>dotnet</c> and asserts it succeeds.</summary>
        public Cli.Result DotnetSucceeds(params string[] arguments)
        {
            Cli.Result result = Dotnet(arguments);
            Assert.True(result.ExitCode == 0, result.ToString());
            return result;
        }

        private Cli.Result Log(Cli.Result result)
        {
            _feed.Record(result);
            _output.WriteLine($"[{result.Duration.TotalSeconds,5:0.0} s] exit {result.ExitCode}: {result.Command}");
            return result;
        }
    }
}
