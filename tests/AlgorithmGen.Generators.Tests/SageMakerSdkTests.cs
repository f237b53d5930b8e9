using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using AlgorithmGen.Generators.Tests.Infrastructure;
using AlgorithmGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AlgorithmGen.Generators.Tests
{
    /// <summary>
    /// <c>ToSageMakerRequest()</c>, generated when the project references AWSSDK.SageMaker, tested against
    /// <see cref="SageMakerSdkStandIn"/> (the real package is not available here).
    /// </summary>
    public class SageMakerSdkTests
    {
        private const string HintName = "AlgorithmGen.SageMakerSdk.g.cs";

        [Fact]
        public void Without_the_SDK_no_conversion_source_is_generated()
        {
            (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(Sources.Forecaster);
            Assert.DoesNotContain(result.Results.Single().GeneratedSources, source => source.HintName == HintName);
        }

        [Fact]
        public void With_the_SDK_one_conversion_source_is_generated_that_skips_members_the_SDK_lacks()
        {
            (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(Sources.Forecaster, Sources.Minimal, SageMakerSdkStandIn.V4);
            Assert.Single(result.Results.Single().GeneratedSources, source => source.HintName == HintName);
            string generated = GeneratorHarness.GeneratedSource(result, HintName);
            Assert.Contains("//   ModelPackageContainerDefinition.IsCheckpoint", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("target.IsCheckpoint", generated, StringComparison.Ordinal);
            Assert.Contains("target.BaseModel = ConvertBaseModel(source.BaseModel);", generated, StringComparison.Ordinal);
            Assert.Contains("target.Type = global::Amazon.SageMaker.ParameterType.FindValue(source.Type);", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void Conversion_source_matches_snapshot()
        {
            (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(Sources.Forecaster, SageMakerSdkStandIn.V4);
            Snapshot.Match("SageMakerSdk.g.cs", GeneratorHarness.GeneratedSource(result, HintName));
        }

        [Fact]
        public void Forecaster_request_converts_to_an_equal_SDK_request_and_the_client_call_compiles()
        {
            Assembly assembly = GeneratorHarness.CompileAndLoad(Sources.Forecaster, SageMakerSdkStandIn.V4, SageMakerSdkStandIn.Usage);
            var request = (CreateAlgorithmRequest)assembly.GetType("Demo.Forecasting.Forecaster", throwOnError: true)!
                .GetMethod("CreateRequest")!.Invoke(null, null)!;
            request.AlgorithmDescription = "changed at run time";

            object sdk = Convert(assembly, request)!;
            Assert.Equal("Amazon.SageMaker.Model.CreateAlgorithmRequest", sdk.GetType().FullName);
            Assert.Equal(Describe(request), Describe(sdk));
            Assert.Contains("changed at run time", Describe(sdk), StringComparison.Ordinal);

            object response = ((dynamic)assembly.GetType("Demo.RegisterWithSdk", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null)!).Result;
            Assert.Equal("arn:demand-forecaster", response.GetType().GetProperty("AlgorithmArn")!.GetValue(response));
        }

        [Fact]
        public void Request_with_every_member_set_converts_to_an_equal_SDK_request_except_members_the_SDK_lacks()
        {
            Assembly assembly = GeneratorHarness.CompileAndLoad(Sources.Minimal, SageMakerSdkStandIn.V4);
            var request = new CreateAlgorithmRequest();
            var filler = new Filler();
            ((IApiShape)request).Accept(filler);
            Assert.True(filler.Count > 150, "filled only " + filler.Count + " members");
            Assert.True(request.InferenceSpecification!.Containers![0].IsCheckpoint == true);

            object sdk = Convert(assembly, request)!;
            string expected = Describe(request).Replace("IsCheckpoint=true,", string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("IsCheckpoint", expected, StringComparison.Ordinal);
            Assert.Equal(expected, Describe(sdk));

            // Representative members, by the SDK's types.
            dynamic d = sdk;
            object type = d.TrainingSpecification.SupportedHyperParameters[0].Type;
            Assert.Equal("Amazon.SageMaker.ParameterType", type.GetType().FullName);
            Assert.Equal(request.TrainingSpecification!.SupportedHyperParameters![0].Type, type.ToString());
            object instanceType = d.ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.ResourceConfig.InstanceType;
            Assert.Equal("Amazon.SageMaker.TrainingInstanceType", instanceType.GetType().FullName);
            Assert.IsType<List<string>>((object)d.TrainingSpecification.SupportedTrainingInstanceTypes);
            Assert.IsType<List<string>>((object)d.TrainingSpecification.TrainingChannels[0].SupportedInputModes);
            Assert.IsType<Dictionary<string, string>>((object)d.InferenceSpecification.Containers[0].Environment);
            Assert.Equal(request.ValidationSpecification!.ValidationProfiles![0].TrainingJobDefinition!.InputDataConfig![0].ShuffleConfig!.Seed, (long?)d.ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.InputDataConfig[0].ShuffleConfig.Seed);
            Assert.Equal(request.Tags![1].Value, (string)d.Tags[1].Value);

            // Copies, not shared instances.
            Assert.NotSame(request.TrainingSpecification.SupportedTrainingInstanceTypes, (object)d.TrainingSpecification.SupportedTrainingInstanceTypes);
            Assert.NotSame(request.InferenceSpecification.Containers[0].Environment, (object)d.InferenceSpecification.Containers[0].Environment);
        }

        [Fact]
        public void Null_converts_to_null_and_unset_members_stay_unset()
        {
            Assembly assembly = GeneratorHarness.CompileAndLoad(Sources.Minimal, SageMakerSdkStandIn.V4);
            Assert.Null(Convert(assembly, null));
            dynamic sdk = Convert(assembly, new CreateAlgorithmRequest { AlgorithmName = "x" })!;
            Assert.Equal("x", (string)sdk.AlgorithmName);
            Assert.Null((object)sdk.TrainingSpecification);
            Assert.Null((object)sdk.Tags);
            Assert.Null((bool?)sdk.CertifyForMarketplace);
        }

        [Fact]
        public void Conversion_compiles_as_CSharp_7_3_against_the_SDK_v3_style_non_nullable_scalars()
        {
            (Compilation output, GeneratorDriverRunResult result) =
                GeneratorHarness.Run(new CSharpParseOptions(LanguageVersion.CSharp7_3), Sources.Minimal, SageMakerSdkStandIn.V3);
            string generated = GeneratorHarness.GeneratedSource(result, HintName);
            Assert.DoesNotContain("#nullable", generated, StringComparison.Ordinal);
            Assert.Contains("if (source.SupportsDistributedTraining.HasValue) target.SupportsDistributedTraining = source.SupportsDistributedTraining.Value;", generated, StringComparison.Ordinal);
            Diagnostic[] problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS8630").ToArray();
            Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
        }

        [Fact]
        public void Job_requests_the_SDK_has_are_converted_and_the_others_are_not()
        {
            (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(Sources.Forecaster, SageMakerSdkStandIn.V4, SageMakerSdkStandIn.V4Jobs);
            string generated = GeneratorHarness.GeneratedSource(result, HintName);
            Assert.Contains(" because this project references AWSSDK.SageMaker: conversions of CreateAlgorithmRequest, CreateTrainingJobRequest, CreateTransformJobRequest.\n", generated, StringComparison.Ordinal);
            Assert.Contains("public static global::Amazon.SageMaker.Model.CreateTrainingJobRequest ToSageMakerRequest(this global::AlgorithmGen.Model.CreateTrainingJobRequest request)", generated, StringComparison.Ordinal);
            Assert.Contains("public static global::Amazon.SageMaker.Model.CreateTransformJobRequest ToSageMakerRequest(this global::AlgorithmGen.Model.CreateTransformJobRequest request)", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("CreateHyperParameterTuningJobRequest ToSageMakerRequest", generated, StringComparison.Ordinal);
            Assert.Contains("//   CreateTrainingJobRequest.DebugHookConfig", generated, StringComparison.Ordinal);
            Assert.Contains("//   AlgorithmSpecification.TrainingImageConfig", generated, StringComparison.Ordinal);
            Assert.Contains("target.TrainingInputMode = global::Amazon.SageMaker.TrainingInputMode.FindValue(source.TrainingInputMode);", generated, StringComparison.Ordinal);
            // One method per shape, whichever request reaches it first.
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(generated, @"private static global::Amazon\.SageMaker\.Model\.Channel ConvertChannel\("));
            Diagnostic[] problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
        }

        [Theory]
        [InlineData(typeof(CreateTrainingJobRequest), "Training")]
        [InlineData(typeof(CreateTransformJobRequest), "Transform")]
        public void Job_request_with_every_member_set_converts_every_member_the_SDK_has(Type requestType, string demoMethod)
        {
            Assembly assembly = GeneratorHarness.CompileAndLoad(Sources.Minimal, SageMakerSdkStandIn.V4, SageMakerSdkStandIn.V4Jobs);
            var request = (IApiShape)Activator.CreateInstance(requestType)!;
            var filler = new Filler();
            request.Accept(filler);
            Assert.True(filler.Count > 30, "filled only " + filler.Count + " members");

            object sdk = assembly.GetType("Demo.JobsWithSdk", throwOnError: true)!.GetMethod(demoMethod)!.Invoke(null, new object[] { request })!;
            Assert.Equal("Amazon.SageMaker.Model." + requestType.Name, sdk.GetType().FullName);
            string expected = Describe(request, sdkTypes: assembly);
            Assert.Equal(expected, Describe(sdk));
            // Nested structures and lists of them are carried, not only the request's own scalars.
            Assert.Contains(requestType == typeof(CreateTrainingJobRequest) ? "InputDataConfig=[{ChannelName=" : "TransformInput={CompressionType=", expected, StringComparison.Ordinal);
        }

        private static object? Convert(Assembly assembly, CreateAlgorithmRequest? request)
        {
            MethodInfo method = assembly.GetType("AlgorithmGen.Generated.SageMakerSdkConversions", throwOnError: true)!
                .GetMethod("ToSageMakerRequest", BindingFlags.Public | BindingFlags.Static)!;
            return method.Invoke(null, new object?[] { request });
        }

        /// <summary>
        /// A canonical text of an object graph by reflection: public properties by name (nulls left out), lists in
        /// order, maps by key; a ConstantClass (anything with a base type named ConstantClass) prints as its string.
        /// </summary>
        /// <param name="value">The object graph.</param>
        /// <param name="sdkTypes">When given, an object of our model prints only the properties its namesake in the
        /// SDK (stand-in) assembly has: what a conversion can carry.</param>
        private static string Describe(object? value, Assembly? sdkTypes = null)
        {
            var text = new StringBuilder();
            Write(text, value, sdkTypes);
            return text.ToString();
        }

        private static void Write(StringBuilder text, object? value, Assembly? sdkTypes = null)
        {
            switch (value)
            {
                case null:
                    text.Append("null");
                    return;
                case string s:
                    text.Append('"').Append(s).Append('"');
                    return;
                case bool b:
                    text.Append(b ? "true" : "false");
                    return;
                case int or long:
                    text.Append(System.Convert.ToString(value, CultureInfo.InvariantCulture));
                    return;
                case IDictionary map:
                    text.Append('{');
                    foreach (string key in map.Keys.Cast<string>().OrderBy(k => k, StringComparer.Ordinal))
                    {
                        text.Append(key).Append(':');
                        Write(text, map[key], sdkTypes);
                        text.Append(',');
                    }

                    text.Append('}');
                    return;
                case IList list:
                    text.Append('[');
                    foreach (object? item in list)
                    {
                        Write(text, item, sdkTypes);
                        text.Append(',');
                    }

                    text.Append(']');
                    return;
            }

            Type type = value.GetType();
            if (IsConstantClass(type))
            {
                Write(text, value.ToString());
                return;
            }

            Type? sdkType = sdkTypes is not null && type.Namespace == "AlgorithmGen.Model" ? sdkTypes.GetType("Amazon.SageMaker.Model." + type.Name) : null;
            text.Append('{');
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                object? member = property.GetValue(value);
                if (member is not null && (sdkTypes is null || sdkType?.GetProperty(property.Name) is not null))
                {
                    text.Append(property.Name).Append('=');
                    Write(text, member, sdkTypes);
                    text.Append(',');
                }
            }

            text.Append('}');
        }

        private static bool IsConstantClass(Type type)
        {
            for (Type? current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.Name == "ConstantClass")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Sets every member of every shape: enum strings to an allowed value, other strings, numbers, two list items, two map entries.</summary>
        private sealed class Filler : IShapeVisitor
        {
            private int _depth;

            public int Count { get; private set; }

            public string? String(MemberSpec member, string? value)
            {
                Count++;
                return member.EnumValues is { Count: > 0 } values ? values[Count % values.Count] : member.Name + "-" + Count.ToString(CultureInfo.InvariantCulture);
            }

            public bool? Boolean(MemberSpec member, bool? value)
            {
                Count++;
                return true;
            }

            public int? Integer(MemberSpec member, int? value)
            {
                Count++;
                return Count;
            }

            public long? Long(MemberSpec member, long? value)
            {
                Count++;
                return 10_000_000_000L + Count;
            }

            public DateTimeOffset? Timestamp(MemberSpec member, DateTimeOffset? value) => value;

            public float? Float(MemberSpec member, float? value) => value;

            public T? Structure<T>(MemberSpec member, T? value) where T : class, IApiShape, new()
            {
                Count++;
                return Make<T>();
            }

            public List<string>? StringList(MemberSpec member, List<string>? value)
            {
                Count++;
                IReadOnlyList<string>? values = member.Item?.EnumValues;
                return values is { Count: > 1 } ? new List<string> { values[0], values[1] } : new List<string> { member.Name + "-a", member.Name + "-b" };
            }

            public List<T>? StructureList<T>(MemberSpec member, List<T>? value) where T : class, IApiShape, new()
            {
                Count++;
                return new List<T> { Make<T>(), Make<T>() };
            }

            public Dictionary<string, string>? StringMap(MemberSpec member, Dictionary<string, string>? value)
            {
                Count++;
                return new Dictionary<string, string> { ["K1"] = "v1", ["K2"] = member.Name };
            }

            private T Make<T>() where T : class, IApiShape, new()
            {
                var shape = new T();
                if (++_depth < 12)
                {
                    shape.Accept(this);
                }

                _depth--;
                return shape;
            }
        }
    }
}
