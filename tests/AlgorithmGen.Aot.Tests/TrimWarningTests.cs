using System.Linq;
using Xunit;

namespace AlgorithmGen.Aot.Tests
{
    /// <summary>
    /// The publish log reader: a clean publish proves nothing if the reader would miss a warning, so it is checked on
    /// the line shapes the C# trim analyzers and ILC print.
    /// </summary>
    public sealed class TrimWarningTests
    {
        private const string Project = " [/work/main/tests/AlgorithmGen.Training.AotHost/AlgorithmGen.Training.AotHost.csproj]";

        [Theory]
        // ILC on a package's method: third-party, even though MSBuild appends the host project's path.
        [InlineData("ILC : Trim analysis warning IL2026: Amazon.Runtime.Internal.Util.Logger.GetLogger(Type): Using member 'System.Type.GetType(String)' which has 'RequiresUnreferencedCodeAttribute'." + Project, "IL2026", "Amazon.Runtime.Internal.Util.Logger.GetLogger", false)]
        [InlineData("/_/sdk/src/AWSSDK.Core/Amazon.Runtime/Pipeline/Handler.cs(41): AOT analysis warning IL3050: Amazon.Runtime.Handler.Invoke(Object, Type): Using member 'System.Array.CreateInstance(Type,Int32)'." + Project, "IL3050", "Amazon.Runtime.Handler.Invoke", false)]
        [InlineData("ILC : Trim analysis warning IL2104: Assembly 'AWSSDK.Core' produced trim warnings. For more information see https://aka.ms/il2104" + Project, "IL2104", "", false)]
        // AlgorithmGen's own: by namespace, by assembly, by source file (library, host app, generated), or Program.
        [InlineData("ILC : Trim analysis warning IL2070: AlgorithmGen.Training.TrainingBinder.Bind(Type): 'this' argument does not satisfy 'DynamicallyAccessedMemberTypes.PublicProperties'." + Project, "IL2070", "AlgorithmGen.Training.TrainingBinder.Bind", true)]
        [InlineData("ILC : Trim analysis warning IL2104: Assembly 'AlgorithmGen.Training' produced trim warnings." + Project, "IL2104", "", true)]
        [InlineData("/work/main/src/AlgorithmGen.Training/TrainingBinder.cs(12,9): warning IL2026: Using member 'System.Type.GetProperties()' which has 'RequiresUnreferencedCodeAttribute'." + Project, "IL2026", "", true)]
        [InlineData("/work/main/tests/AlgorithmGen.Training.AotHost/obj/Release/net10.0/linux-x64/generated/AlgorithmGen.Generators/AlgorithmGen.Generators.AlgorithmGenerator/AotAlgorithm.Training.g.cs(30,13): error IL3050: Using member 'System.Enum.GetValues(Type)'." + Project, "IL3050", "", true)]
        // Lines an AotHost with Type.GetType(string) and JsonSerializer.Serialize(anonymous) in its training code printed.
        [InlineData("/work/main/tests/AlgorithmGen.Training.AotHost/Program.cs(17,27): warning IL2057: Unrecognized value passed to the parameter 'typeName' of method 'System.Type.GetType(String)'. It's not possible to guarantee the availability of the target type." + Project, "IL2057", "", true)]
        [InlineData("/work/main/tests/AlgorithmGen.Training.AotHost/Program.cs(18): AOT analysis warning IL3050: Program.<<Main>$>g__TrainAsync|0_0(AotAlgorithm.TrainingContext,CancellationToken): Using member 'System.Text.Json.JsonSerializer.Serialize<<>f__AnonymousType0`1<Int32>>(<>f__AnonymousType0`1<Int32>,JsonSerializerOptions)' which has 'RequiresDynamicCodeAttribute' can break functionality when AOT compiling." + Project, "IL3050", "Program.<<Main>$>g__TrainAsync|0_0", true)]
        [InlineData("Program.cs(17): Trim analysis warning IL2057: Program.<<Main>$>g__TrainAsync|0_0(AotAlgorithm.TrainingContext,CancellationToken): Unrecognized value passed to the parameter 'typeName' of method 'System.Type.GetType(String)'.", "IL2057", "Program.<<Main>$>g__TrainAsync|0_0", true)]
        public void Reads_the_code_the_origin_and_whose_code_it_is(string line, string code, string origin, bool fromAlgorithmGen)
        {
            TrimWarning warning = Assert.Single(TrimWarning.Parse(line + "\n" + line));
            Assert.Equal(code, warning.Code);
            Assert.Equal(origin, warning.Origin);
            Assert.Equal(fromAlgorithmGen, warning.IsFromAlgorithmGen);
        }

        [Theory]
        [InlineData("  AlgorithmGen.Training.AotHost -> /tmp/native/")]
        [InlineData("/work/main/src/AlgorithmGen/AlgorithmGen.csproj : warning NU1603: Polly.Core 8.9.1 depends on System.ComponentModel.Annotations (>= 4.5.0).")]
        [InlineData("/work/main/src/AlgorithmGen/Foo.cs(1,1): warning CS1591: Missing XML comment for IL2026.")]
        public void Ignores_lines_without_a_trim_or_AOT_diagnostic(string line) =>
            Assert.Empty(TrimWarning.Parse(line).ToList());
    }
}
