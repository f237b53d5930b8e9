using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AlgorithmGen.Testing;
using Xunit;

namespace AlgorithmGen.Sample.Tests
{
    /// <summary>
    /// What can be checked of samples/GradientBoosting/Dockerfile without a container daemon: the entry point SageMaker
    /// needs and a build context that holds everything the sample's project references.
    /// </summary>
    public sealed class DockerfileTests
    {
        private static readonly string Dockerfile = RepositoryRoot.ReadAllText("samples/GradientBoosting/Dockerfile");

        [Fact]
        public void TheEntryPointIsExecFormSoTrainAndSigtermReachTheProgram()
        {
            Assert.Contains("\nENTRYPOINT [\"dotnet\", \"GradientBoosting.dll\"]\n", Dockerfile);
            // The serving host (`serve`) needs the ASP.NET Core shared framework, which the aspnet image adds to the runtime.
            Assert.Contains("\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\n", Dockerfile);
            Assert.Contains("\nLABEL com.amazonaws.sagemaker.capabilities.accept-bind-to-port=true\n", Dockerfile);
            Assert.Contains("libgomp1", Dockerfile);
        }

        [Fact]
        public void EveryProjectTheSampleReferencesIsCopiedIntoTheBuildStage()
        {
            string[] copied = Regex.Matches(Dockerfile, @"^COPY (?!--from)(.+) \S+$", RegexOptions.Multiline)
                .SelectMany(match => match.Groups[1].Value.Split(' '))
                .ToArray();
            string[] references = XDocument.Load(RepositoryRoot.Combine("samples/GradientBoosting/GradientBoosting.csproj"))
                .Descendants("ProjectReference")
                .Select(reference => reference.Attribute("Include")!.Value.Replace('\\', '/').Replace("../../", string.Empty))
                .Append("samples/GradientBoosting/GradientBoosting.csproj")
                .Append("src/AlgorithmGen.Build/AlgorithmGen.Build.csproj")
                .ToArray();

            Assert.NotEmpty(references);
            Assert.All(references, path => Assert.Contains(copied, source => path.StartsWith(source, System.StringComparison.Ordinal)));
            Assert.All(new[] { "Directory.Build.props", "Directory.Packages.props", "build/", "samples/Directory.Build.targets" }, file => Assert.Contains(file, copied));
        }
    }
}
