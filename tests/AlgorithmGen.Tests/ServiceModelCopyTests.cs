using AlgorithmGen.Testing;
using AlgorithmGen.Tests.Infrastructure;
using Xunit;

namespace AlgorithmGen.Tests
{
    /// <summary>The committed copy of the SageMaker service model (src/Shared/Model/*.g.cs) matches the installed botocore.</summary>
    public sealed class ServiceModelCopyTests
    {
        [Fact]
        public void GeneratedModelFilesAreCurrent()
        {
            ProcessResult result = PythonTools.CheckServiceModel();

            Assert.True(result.ExitCode == 0, "build/scripts/generate_service_model.py --check failed; regenerate the model files." + System.Environment.NewLine + result.Describe());
        }
    }
}
