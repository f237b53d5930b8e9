using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AlgorithmGen.Jobs.Tests.Infrastructure;
using AlgorithmGen.Rules;
using GradientBoosting;
using Xunit;

namespace AlgorithmGen.Jobs.Tests
{
    /// <summary>
    /// Every client-side check, twice: the broken job is refused before any request (the exception names the rule and
    /// the member), and the same job with that member right is accepted by moto's SageMaker emulator.
    /// </summary>
    [Collection(MotoCollection.Name)]
    public sealed class ClientSideCheckTests
    {
        private const string Model = "gbm-model";

        private static readonly Dictionary<string, Case> Cases = new Case[]
        {
            // What AlgorithmEstimator checks.
            new("instance type not supported", "AG0304", "ResourceConfig.InstanceType", "The training job runs on ml.p3.2xlarge, which is not among the algorithm's SupportedTrainingInstanceTypes",
                n => SampleJobs.Training(n).Resources(TrainingInstanceTypes.MlP3_2XLarge), n => SampleJobs.Training(n).Resources(TrainingInstanceTypes.MlC5_2XLarge)),
            new("more than one instance without distributed training", "AG0305", "ResourceConfig.InstanceCount", "The training job asks for 2 instances but the algorithm does not support distributed training",
                n => SampleJobs.Configure(new TrainingJobBuilder(SampleJobs.SingleInstanceAlgorithm(), n, new GradientBoostingAlgorithm { NumRound = 10 }.ToHyperParameters())).Resources(TrainingInstanceTypes.MlM5_XLarge, 2),
                n => SampleJobs.Configure(new TrainingJobBuilder(SampleJobs.SingleInstanceAlgorithm(), n, new GradientBoostingAlgorithm { NumRound = 10 }.ToHyperParameters())).Resources(TrainingInstanceTypes.MlM5_XLarge, 1)),
            new("input mode not supported by every channel", "AG0304", "TrainingInputMode", "Channel 'validation' does not support input mode Pipe (the job's TrainingInputMode); use one of: File.",
                n => SampleJobs.Training(n).InputMode(TrainingInputMode.Pipe), n => SampleJobs.Training(n).InputMode(TrainingInputMode.File)),
            new("unknown channel", "AG0301", "InputDataConfig[2].ChannelName", "The training job reads channel 'test', which the training specification does not declare",
                n => SampleJobs.Training(n).Input("test", "s3://example-ml-data/test/", "text/csv"), n => SampleJobs.Training(n)),
            new("missing required channel", "AG0303", "InputDataConfig", "Required channel 'train' gets no input in the training job; give the job an input channel named 'train'.",
                n => new GradientBoostingAlgorithm { NumRound = 10 }.CreateTrainingJob(n).Role(SampleJobs.Role).Output("s3://b/o").Resources(TrainingInstanceTypes.MlM5_XLarge).Input("validation", "s3://b/v/", "text/csv"),
                n => new GradientBoostingAlgorithm { NumRound = 10 }.CreateTrainingJob(n).Role(SampleJobs.Role).Output("s3://b/o").Resources(TrainingInstanceTypes.MlM5_XLarge).Input("train", "s3://b/t/", "text/csv")),
            new("unknown hyperparameter", "AG0302", "HyperParameters.num_rounds", "The training job sets hyperparameter 'num_rounds', which the training specification does not declare",
                n => SampleJobs.Training(n).HyperParameter("num_rounds", "10"), n => SampleJobs.Training(n).HyperParameter("num_round", "10")),
            new("missing required hyperparameter", "AG0303", "HyperParameters.num_round", "Required hyperparameter 'num_round' has no value in the training job; set it in the job's HyperParameters.",
                n => SampleJobs.Configure(new TrainingJobBuilder(GradientBoostingAlgorithm.Definition, n, new Dictionary<string, string> { ["eta"] = "0.2" })),
                n => SampleJobs.Configure(new TrainingJobBuilder(GradientBoostingAlgorithm.Definition, n, new Dictionary<string, string> { ["eta"] = "0.2", ["num_round"] = "50" }))),
            new("value out of range", "AG0309", "HyperParameters.num_round", "The training job's value for 'num_round' is not valid for an Integer hyperparameter: '6000' is outside the range 1–5000.",
                n => SampleJobs.Training(n, new GradientBoostingAlgorithm { NumRound = 6000 }), n => SampleJobs.Training(n, new GradientBoostingAlgorithm { NumRound = 5000 })),
            new("value not among the categorical values", "AG0309", "HyperParameters.eval_metric", "'mape' is not one of rmse, mae, logloss, auc",
                n => SampleJobs.Training(n, new GradientBoostingAlgorithm { NumRound = 10, EvalMetric = "mape" }), n => SampleJobs.Training(n, new GradientBoostingAlgorithm { NumRound = 10, EvalMetric = "mae" })),
            // What AlgorithmEstimator misses.
            new("FastFile on a channel that supports File only", "AG0304", "InputDataConfig[1].InputMode", "Channel 'validation' does not support input mode FastFile; use one of: File.",
                n => SampleJobs.Training(n).Input("validation", "s3://b/v/", "text/csv", c => c.InputMode = "FastFile"),
                n => SampleJobs.Training(n).Input("train", "s3://b/t/", "text/csv", c => c.InputMode = "FastFile")),
            new("content type the channel does not support", "AG0304", "InputDataConfig[1].ContentType", "Channel 'validation' does not support content type 'application/json'; use one of: text/csv.",
                n => SampleJobs.Training(n).Input("validation", "s3://b/v/", "application/json"), n => SampleJobs.Training(n).Input("validation", "s3://b/v/", "text/csv")),
            new("compression the channel does not support", "AG0304", "InputDataConfig[1].CompressionType", "Channel 'validation' does not support compression Gzip; use one of: None.",
                n => SampleJobs.Training(n).Input("validation", "s3://b/v/", "text/csv", c => c.CompressionType = "Gzip"),
                n => SampleJobs.Training(n).Input("train", "s3://b/t/", "text/csv", c => { c.CompressionType = "Gzip"; c.InputMode = "Pipe"; })),
            new("range for a hyperparameter that is not tunable", "AG0208", "HyperParameterTuningJobConfig.ParameterRanges.CategoricalParameterRanges[1].Name", "Hyperparameter 'objective' is not tunable (IsTunable is false)",
                n => SampleJobs.Tuning(n).CategoricalRange("objective", "reg:squarederror", "binary:logistic"), n => SampleJobs.Tuning(n).CategoricalRange("booster", "gbtree", "gblinear")),
            new("range of the wrong kind", "AG0208", "HyperParameterTuningJobConfig.ParameterRanges.ContinuousParameterRanges[1].Name", "Hyperparameter 'max_depth' is an Integer hyperparameter, so it takes an IntegerParameterRange, not a Continuous range.",
                n => SampleJobs.Tuning(n).ContinuousRange("max_depth", 2, 8), n => SampleJobs.Tuning(n).IntegerRange("max_depth", 2, 8)),
            new("range outside the declared range", "AG0309", "HyperParameterTuningJobConfig.ParameterRanges.IntegerParameterRanges[0].MaxValue", "The tuning job's MaxValue for 'max_depth' is not valid for an Integer hyperparameter: '20' is outside the range 1–16.",
                n => SampleJobs.Tuning(n).IntegerRange("max_depth", 2, 20), n => SampleJobs.Tuning(n).IntegerRange("max_depth", 2, 16)),
            new("categorical range value not declared", "AG0309", "HyperParameterTuningJobConfig.ParameterRanges.CategoricalParameterRanges[0].Values", "'linear' is not one of gbtree, gblinear, dart",
                n => SampleJobs.Tuning(n).CategoricalRange("booster", "gbtree", "linear"), n => SampleJobs.Tuning(n).CategoricalRange("booster", "gbtree", "gblinear")),
            new("range for an undeclared hyperparameter", "AG0302", "HyperParameterTuningJobConfig.ParameterRanges.ContinuousParameterRanges[1].Name", "The tuning job varies hyperparameter 'gamma', which the training specification does not declare",
                n => SampleJobs.Tuning(n).ContinuousRange("gamma", 0, 1), n => SampleJobs.Tuning(n).ContinuousRange("subsample", 0.5, 1)),
            new("objective metric not declared as an objective", "AG0203", "HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.MetricName", "Tuning objective 'train:rmse' is not one of the algorithm's tuning objectives (declared: validation:rmse (Minimize), validation:auc (Maximize)).",
                n => SampleJobs.Tuning(n).Objective("train:rmse"), n => SampleJobs.Tuning(n).Objective("validation:auc")),
            new("objective against its declared direction", "AG0203", "HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.Type", "Tuning objective 'validation:rmse' is declared to Minimize, not Maximize; use Minimize.",
                n => SampleJobs.Tuning(n).Configure(r => r.HyperParameterTuningJobConfig!.HyperParameterTuningJobObjective!.Type = "Maximize"), n => SampleJobs.Tuning(n)),
            new("transform instance type not supported", "AG0304", "TransformResources.InstanceType", "The transform job runs on ml.p3.2xlarge, which is not among the algorithm's SupportedTransformInstanceTypes (ml.m5.xlarge, ml.c5.2xlarge).",
                n => SampleJobs.Transform(n, Model).Resources(TransformInstanceTypes.MlP3_2XLarge), n => SampleJobs.Transform(n, Model).Resources(TransformInstanceTypes.MlC5_2XLarge)),
            new("transform content type not supported", "AG0304", "TransformInput.ContentType", "The transform job sends application/x-parquet, which is not among the algorithm's inference SupportedContentTypes (text/csv, application/json).",
                n => SampleJobs.Transform(n, Model).Input("s3://b/batch/", "application/x-parquet"), n => SampleJobs.Transform(n, Model).Input("s3://b/batch/", "application/json")),
            new("transform response type not supported", "AG0304", "TransformOutput.Accept", "The transform job accepts application/x-parquet, which is not among the algorithm's SupportedResponseMIMETypes (text/csv, application/json).",
                n => SampleJobs.Transform(n, Model).Output("s3://b/out", "application/x-parquet"), n => SampleJobs.Transform(n, Model).Output("s3://b/out", "application/json")),
            new("more than 100 transform instances", "AG0311", "TransformResources.InstanceCount", "The transform job asks for 101 instances; \"the maximum is 100\". Lower it.",
                n => SampleJobs.Transform(n, Model).Resources(TransformInstanceTypes.MlM5_XLarge, 101), n => SampleJobs.Transform(n, Model).Resources(TransformInstanceTypes.MlM5_XLarge, 100)),
            new("model package of an algorithm without an inference specification", "AG0310", "SourceAlgorithmSpecification", "The algorithm has no inference specification, so no model made from it can run a transform job",
                n => SampleJobs.ModelPackage(n, SampleJobs.TrainingOnlyAlgorithm()), n => SampleJobs.ModelPackage(n)),
            new("model package validation sending a content type the algorithm does not accept", "AG0304", "ValidationSpecification.ValidationProfiles[0].TransformJobDefinition.TransformInput.ContentType",
                "The validation transform job sends application/x-parquet, which is not among the algorithm's inference SupportedContentTypes (text/csv, application/json).",
                n => SampleJobs.ModelPackage(n).Validation(SampleJobs.Role, "batch", SampleJobs.ValidationTransform(contentType: "application/x-parquet")),
                n => SampleJobs.ModelPackage(n).Validation(SampleJobs.Role, "batch", SampleJobs.ValidationTransform(contentType: "application/json"))),
            new("model package validation on an instance type the algorithm does not support", "AG0304", "ValidationSpecification.ValidationProfiles[0].TransformJobDefinition.TransformResources.InstanceType",
                "The validation transform job runs on ml.p3.2xlarge, which is not among the algorithm's SupportedTransformInstanceTypes (ml.m5.xlarge, ml.c5.2xlarge).",
                n => SampleJobs.ModelPackage(n).Validation(SampleJobs.Role, "batch", SampleJobs.ValidationTransform(instanceType: TransformInstanceTypes.MlP3_2XLarge)),
                n => SampleJobs.ModelPackage(n).Validation(SampleJobs.Role, "batch", SampleJobs.ValidationTransform(instanceType: TransformInstanceTypes.MlC5_2XLarge))),
            new("service-model constraint (job name pattern)", "AG0003", "TrainingJobName", "TrainingJobName",
                n => SampleJobs.Training(n + "_bad"), n => SampleJobs.Training(n + "-good")),
        }.ToDictionary(c => c.Name);

        private readonly MotoServer _moto;

        public ClientSideCheckTests(MotoServer moto) => _moto = moto;

        public static TheoryData<string> CaseNames() => new(Cases.Keys);

        [Theory]
        [MemberData(nameof(CaseNames))]
        public async Task The_broken_job_is_refused_before_any_request(string name)
        {
            Case check = Cases[name];
            using var client = new JobClient(_moto.Endpoint);
            AnyJob job = check.Broken(SampleJobs.Name("refused"));

            var error = await Assert.ThrowsAsync<JobValidationException>(() => job.Start(client.Client));

            Assert.Empty(client.Recorder.Sent);
            Violation violation = Assert.Single(error.Violations, v => v.RuleId == check.RuleId && v.Severity == RuleSeverity.Error);
            Assert.Equal(check.Path, violation.Path);
            Assert.Contains(check.Message, violation.Message);
            Assert.Contains(check.RuleId + " error at " + check.Path + ": ", error.Message);
            Assert.StartsWith("The " + job.Operation + " request for '", error.Message);
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public async Task The_right_job_is_accepted_by_moto(string name)
        {
            Case check = Cases[name];
            using var client = new JobClient(_moto.Endpoint);
            AnyJob job = check.Right(SampleJobs.Name("accepted"));

            Assert.DoesNotContain(job.Validate(), v => v.Severity == RuleSeverity.Error);
            await job.Start(client.Client);

            Assert.Equal(job.Operation, Assert.Single(client.Recorder.Sent).Operation);
        }

        private sealed record Case(string Name, string RuleId, string Path, string Message, Func<string, AnyJob> Broken, Func<string, AnyJob> Right);
    }
}
