using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AlgorithmGen.Model;
using Xunit;

namespace AlgorithmGen.Tests
{
    /// <summary>
    /// Each argument of <see cref="KitchenSink"/>'s attributes reaches the request member the attribute documents.
    /// (The payload tests check the result is valid; these check it is what was declared.)
    /// </summary>
    public sealed class KitchenSinkMappingTests
    {
        private readonly CreateAlgorithmRequest _request = KitchenSink.CreateRequest();

        private TrainingSpecification Training => _request.TrainingSpecification!;

        private TrainingJobDefinition TrainingJob => _request.ValidationSpecification!.ValidationProfiles!.Single().TrainingJobDefinition!;

        [Fact]
        public void KitchenSinkSetsEveryMemberOfEveryAttribute()
        {
            Type[] attributeTypes = typeof(AlgorithmAttribute).Assembly.GetExportedTypes()
                .Where(type => type.Namespace == "AlgorithmGen" && typeof(Attribute).IsAssignableFrom(type) && !type.IsAbstract)
                .Where(type => type != typeof(AlgorithmPayloadAttribute)) // emitted by the generator, not written by users
                .ToArray();
            CustomAttributeData[] used = typeof(KitchenSink).GetCustomAttributesData()
                .Concat(typeof(KitchenSink).GetProperties().SelectMany(property => property.GetCustomAttributesData()))
                .ToArray();

            var missing = new List<string>();
            foreach (Type attributeType in attributeTypes)
            {
                CustomAttributeData[] uses = used.Where(data => data.AttributeType == attributeType).ToArray();
                foreach (ConstructorInfo constructor in attributeType.GetConstructors())
                {
                    if (!uses.Any(data => data.Constructor == constructor))
                    {
                        missing.Add(attributeType.Name + "(" + string.Join(", ", constructor.GetParameters().Select(p => p.Name)) + ")");
                    }
                }

                foreach (PropertyInfo property in attributeType.GetProperties().Where(p => p.SetMethod is { IsPublic: true }))
                {
                    if (!uses.Any(data => data.NamedArguments.Any(argument => argument.MemberName == property.Name)))
                    {
                        missing.Add(attributeType.Name + "." + property.Name);
                    }
                }
            }

            Assert.True(attributeTypes.Length >= 15, "found only " + attributeTypes.Length + " attribute types");
            Assert.True(missing.Count == 0, "KitchenSink does not set: " + string.Join(", ", missing));
        }

        [Fact]
        public void AlgorithmArguments()
        {
            Assert.Equal("kitchen-sink", _request.AlgorithmName);
            Assert.Equal("Kitchen sink: every attribute member, \"quoted\", with a back\\slash and na\u00efve caf\u00e9 \u2013 \u00fcber.", _request.AlgorithmDescription);
            Assert.Equal("123456789012.dkr.ecr.us-east-1.amazonaws.com/kitchen-sink:2.0.0", Training.TrainingImage);
            Assert.Equal("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", Training.TrainingImageDigest);
            Assert.Equal(new[] { "ml.m5.large", "ml.g5.xlarge", "ml.c5.xlarge" }, Training.SupportedTrainingInstanceTypes);
            Assert.True(Training.SupportsDistributedTraining);
            Assert.True(_request.CertifyForMarketplace);
        }

        [Fact]
        public void HyperParametersFollowPropertyTypesInitializersAndNaming()
        {
            Dictionary<string, HyperParameterSpecification> byName = Training.SupportedHyperParameters!.ToDictionary(p => p.Name!);

            Assert.Equal(
                new[] { "learning-rate", "max_depth", "sample-fraction", "tree-method", "seed", "optimizer", "use-gpu", "momentum", "extra-args", "http-proxy-url", "num-classes", "max-leaves", "lambda", "boosting-scheme" },
                Training.SupportedHyperParameters!.Select(p => p.Name));

            AssertHyperParameter(byName["learning-rate"], "Continuous", "Step size of the optimizer.", isTunable: true, isRequired: null, defaultValue: "0.05");
            Assert.Equal(("0.0001", "1.0"), (byName["learning-rate"].Range!.ContinuousParameterRangeSpecification!.MinValue, byName["learning-rate"].Range!.ContinuousParameterRangeSpecification!.MaxValue));

            AssertHyperParameter(byName["max_depth"], "Integer", "Deepest tree, in levels.", isTunable: true, isRequired: true, defaultValue: null);
            Assert.Equal(("1", "32"), (byName["max_depth"].Range!.IntegerParameterRangeSpecification!.MinValue, byName["max_depth"].Range!.IntegerParameterRangeSpecification!.MaxValue));

            AssertHyperParameter(byName["sample-fraction"], "Continuous", "Fraction of rows sampled per round, as text.", isTunable: null, isRequired: null, defaultValue: "0.8");
            Assert.Equal(("0.1", "1"), (byName["sample-fraction"].Range!.ContinuousParameterRangeSpecification!.MinValue, byName["sample-fraction"].Range!.ContinuousParameterRangeSpecification!.MaxValue));

            AssertHyperParameter(byName["tree-method"], "Categorical", "Tree construction algorithm.", isTunable: true, isRequired: null, defaultValue: "hist");
            Assert.Equal(new[] { "auto", "exact", "hist" }, byName["tree-method"].Range!.CategoricalParameterRangeSpecification!.Values);

            AssertHyperParameter(byName["seed"], "Integer", "Random seed; must be given.", isTunable: false, isRequired: true, defaultValue: null);
            Assert.Null(byName["seed"].Range);

            AssertHyperParameter(byName["optimizer"], "Categorical", "The optimizer.", isTunable: true, isRequired: null, defaultValue: "adamw");
            Assert.Equal(new[] { "sgd", "adamw", "Adagrad" }, byName["optimizer"].Range!.CategoricalParameterRangeSpecification!.Values);

            AssertHyperParameter(byName["use-gpu"], "Categorical", "Whether to train on GPUs.", isTunable: null, isRequired: null, defaultValue: null);
            Assert.Equal(new[] { "true", "false" }, byName["use-gpu"].Range!.CategoricalParameterRangeSpecification!.Values);

            AssertHyperParameter(byName["momentum"], "Continuous", "Momentum of Sgd.", isTunable: null, isRequired: null, defaultValue: "0.9");
            Assert.Equal(("0.0", "0.99"), (byName["momentum"].Range!.ContinuousParameterRangeSpecification!.MinValue, byName["momentum"].Range!.ContinuousParameterRangeSpecification!.MaxValue));

            AssertHyperParameter(byName["extra-args"], "FreeText", "Extra command-line arguments, passed through \"as is\" to the trainer.", isTunable: null, isRequired: null, defaultValue: null);
            Assert.Null(byName["extra-args"].Range);

            AssertHyperParameter(byName["num-classes"], "Integer", "Number of classes.", isTunable: false, isRequired: false, defaultValue: "2");

            // [HyperParameterRange]: exactly the stated members, the type from the property.
            AssertHyperParameter(byName["max-leaves"], "Integer", "Leaves per tree, its range stated member by member.", isTunable: null, isRequired: null, defaultValue: "31");
            Assert.Equal(("2", "4096"), (byName["max-leaves"].Range!.IntegerParameterRangeSpecification!.MinValue, byName["max-leaves"].Range!.IntegerParameterRangeSpecification!.MaxValue));
            Assert.Null(byName["max-leaves"].Range!.ContinuousParameterRangeSpecification);
            AssertHyperParameter(byName["lambda"], "Continuous", "L2 regularization, its range stated member by member.", isTunable: null, isRequired: null, defaultValue: "1.0");
            Assert.Equal(("0.0", "1E+3"), (byName["lambda"].Range!.ContinuousParameterRangeSpecification!.MinValue, byName["lambda"].Range!.ContinuousParameterRangeSpecification!.MaxValue));
            AssertHyperParameter(byName["boosting-scheme"], "Categorical", "Boosting scheme, Categorical by its stated values.", isTunable: null, isRequired: null, defaultValue: null);
            Assert.Equal(new[] { "gbtree", "dart" }, byName["boosting-scheme"].Range!.CategoricalParameterRangeSpecification!.Values);
        }

        [Fact]
        public void ChannelsMetricsTagsAndTrainingDataSource()
        {
            ChannelSpecification train = Training.TrainingChannels![0];
            Assert.Equal(new[] { "train", "fsx", "hub-dataset" }, Training.TrainingChannels.Select(c => c.Name));
            Assert.Equal("Augmented manifest rows, streamed.", train.Description);
            Assert.True(train.IsRequired);
            Assert.Equal(new[] { "None", "Gzip" }, train.SupportedCompressionTypes);
            Assert.Equal(new[] { "Pipe", "File", "FastFile" }, train.SupportedInputModes);
            Assert.False(Training.TrainingChannels[2].IsRequired);
            Assert.Null(Training.TrainingChannels[1].IsRequired);

            Assert.Equal(new[] { "train:loss", "validation:accuracy", "throughput", "epoch:seconds" }, Training.MetricDefinitions!.Select(m => m.Name));
            Assert.Equal(@"samples/s: (\S+)", Training.MetricDefinitions![2].Regex);
            // Declared by name only: the regex that finds the line "epoch:seconds=<value>;".
            Assert.Equal(@"(?:^|\s)epoch:seconds=(-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?);", Training.MetricDefinitions![3].Regex);
            // [Metric] objectives in metric order, then [TuningObjective].
            Assert.Equal(new[] { ("Minimize", "train:loss"), ("Maximize", "validation:accuracy"), ("Maximize", "throughput") }, Training.SupportedTuningJobObjectiveMetrics!.Select(o => (o.Type!, o.MetricName!)));

            Assert.Equal(new[] { ("project", "kitchen-sink"), ("owner", "ml-platform@example.com"), ("caf\u00e9", "cr\u00e8me br\u00fbl\u00e9e") }, _request.Tags!.Select(t => (t.Key!, t.Value!)));

            AdditionalS3DataSource source = Training.AdditionalS3DataSource!;
            Assert.Equal(("S3Prefix", "s3://kitchen-sink-data/tokenizer/", "None", "\"9b2cf535f27731c974343645a3985328\""), (source.S3DataType, source.S3Uri, source.CompressionType, source.ETag));
        }

        [Fact]
        public void ContainersAndTheirDataSources()
        {
            InferenceSpecification inference = _request.InferenceSpecification!;
            Assert.Equal(new[] { "ml.m5.large", "ml.g5.xlarge" }, inference.SupportedTransformInstanceTypes);
            Assert.Equal(new[] { "ml.m5.large", "ml.g5.xlarge" }, inference.SupportedRealtimeInferenceInstanceTypes);
            Assert.Equal(new[] { "application/json", "application/jsonlines", "text/csv" }, inference.SupportedContentTypes);
            Assert.Equal(new[] { "application/json", "application/jsonlines", "text/csv" }, inference.SupportedResponseMIMETypes);
            Assert.Equal(2, inference.Containers!.Count);

            ModelPackageContainerDefinition primary = inference.Containers[0];
            Assert.Equal("primary-host", primary.ContainerHostname);
            Assert.Equal("123456789012.dkr.ecr.us-east-1.amazonaws.com/kitchen-sink-serve:2.0.0", primary.Image);
            Assert.Equal("sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210", primary.ImageDigest);
            Assert.Equal("s3://kitchen-sink-models/primary/model.tar.gz", primary.ModelDataUrl);
            Assert.Equal("prod-kitchen-sink-1", primary.ProductId);
            Assert.Equal(new Dictionary<string, string> { ["SAGEMAKER_PROGRAM"] = "serve.py", ["OPTIONS"] = "--fast=true", ["EMPTY"] = string.Empty }, primary.Environment);
            Assert.Equal("{\"input_1\": [1, 3, 224, 224]}", primary.ModelInput!.DataInputConfig);
            Assert.Equal(("PYTORCH", "2.1.0", "resnet50"), (primary.Framework, primary.FrameworkVersion, primary.NearestModelName));
            Assert.Equal("\"5d41402abc4b2a76b9719d911017c592\"", primary.ModelDataETag);
            Assert.False(primary.IsCheckpoint);
            Assert.Equal(("kitchen-sink-base", "1.2.3", "fine-tune-recipe"), (primary.BaseModel!.HubContentName, primary.BaseModel.HubContentVersion, primary.BaseModel.RecipeName));
            Assert.Null(primary.AdditionalS3DataSource);

            S3ModelDataSource model = primary.ModelDataSource!.S3DataSource!;
            Assert.Equal(("s3://kitchen-sink-models/primary/", "S3Prefix", "None"), (model.S3Uri, model.S3DataType, model.CompressionType));
            Assert.True(model.ModelAccessConfig!.AcceptEula);
            Assert.Equal("arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/Model/kitchen-sink-llm/1.0.0", model.HubAccessConfig!.HubContentArn);
            Assert.Equal(("s3://kitchen-sink-models/primary/manifest.json", "etag-primary-model", "etag-primary-manifest"), (model.ManifestS3Uri, model.ETag, model.ManifestEtag));

            AdditionalModelDataSource draft = Assert.Single(primary.AdditionalModelDataSources!);
            Assert.Equal("draft-model", draft.ChannelName);
            Assert.Equal(("s3://kitchen-sink-models/draft/", "S3Prefix", "None"), (draft.S3DataSource!.S3Uri, draft.S3DataSource.S3DataType, draft.S3DataSource.CompressionType));
            Assert.False(draft.S3DataSource.ModelAccessConfig!.AcceptEula);
            Assert.Equal(("s3://kitchen-sink-models/draft/manifest.json", "etag-draft-model", "etag-draft-manifest"), (draft.S3DataSource.ManifestS3Uri, draft.S3DataSource.ETag, draft.S3DataSource.ManifestEtag));

            ModelPackageContainerDefinition secondary = inference.Containers[1];
            Assert.Equal(("secondary-host", "123456789012.dkr.ecr.us-east-1.amazonaws.com/kitchen-sink-post:2.0.0"), (secondary.ContainerHostname, secondary.Image));
            Assert.True(secondary.IsCheckpoint);
            Assert.Null(secondary.AdditionalModelDataSources);
            Assert.Equal(("s3://kitchen-sink-models/secondary/model.tar.gz", "S3Object", "Gzip"), (secondary.ModelDataSource!.S3DataSource!.S3Uri, secondary.ModelDataSource.S3DataSource.S3DataType, secondary.ModelDataSource.S3DataSource.CompressionType));
            Assert.Null(secondary.ModelDataSource.S3DataSource.ModelAccessConfig);
            AdditionalS3DataSource lookup = secondary.AdditionalS3DataSource!;
            Assert.Equal(("S3Object", "s3://kitchen-sink-data/post/lookup.json", "Gzip", "etag-lookup"), (lookup.S3DataType, lookup.S3Uri, lookup.CompressionType, lookup.ETag));
        }

        [Fact]
        public void ValidationProfileAndTrainingJob()
        {
            AlgorithmValidationSpecification validation = _request.ValidationSpecification!;
            Assert.Equal("arn:aws:iam::123456789012:role/service-role/KitchenSinkValidation", validation.ValidationRole);
            Assert.Equal("kitchen-sink-profile", validation.ValidationProfiles!.Single().ProfileName);

            Assert.Equal("FastFile", TrainingJob.TrainingInputMode);
            Assert.Equal(new Dictionary<string, string> { ["learning-rate"] = "0.05", ["max_depth"] = "8", ["seed"] = "42", ["extra-args"] = "--mode=fast" }, TrainingJob.HyperParameters);
            Assert.Equal(("alias/kitchen-sink-output", "s3://kitchen-sink-artifacts/validation/output", "NONE"), (TrainingJob.OutputDataConfig!.KmsKeyId, TrainingJob.OutputDataConfig.S3OutputPath, TrainingJob.OutputDataConfig.CompressionType));

            ResourceConfig resources = TrainingJob.ResourceConfig!;
            Assert.Equal(("ml.m5.large", 3, 100, 1800), (resources.InstanceType, resources.InstanceCount, resources.VolumeSizeInGB, resources.KeepAlivePeriodInSeconds));
            Assert.Equal("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", resources.VolumeKmsKeyId);
            Assert.Equal("arn:aws:sagemaker:us-east-1:123456789012:training-plan/kitchen-sink-plan", resources.TrainingPlanArn);
            Assert.Equal(new[] { ("workers", "ml.m5.large", 2), ("parameter-servers", "ml.c5.xlarge", 1) }, resources.InstanceGroups!.Select(g => (g.InstanceGroupName!, g.InstanceType!, g.InstanceCount!.Value)));
            Assert.True(resources.InstancePlacementConfig!.EnableMultipleJobs);
            Assert.Equal(new[] { ("ultraserver-kitchen-sink-1", 2), ((string?)null, 1) }, resources.InstancePlacementConfig.PlacementSpecifications!.Select(p => (p.UltraServerId, p.InstanceCount!.Value)));

            StoppingCondition stopping = TrainingJob.StoppingCondition!;
            Assert.Equal((86400, 172800, 7200), (stopping.MaxRuntimeInSeconds, stopping.MaxWaitTimeInSeconds, stopping.MaxPendingTimeInSeconds));
        }

        [Fact]
        public void ValidationInputsUseTheirDataSource()
        {
            List<Channel> inputs = TrainingJob.InputDataConfig!;
            Assert.Equal(new[] { "train", "fsx", "hub-dataset" }, inputs.Select(c => c.ChannelName));

            Channel train = inputs[0];
            Assert.Equal(("application/x-recordio", "Gzip", "RecordIO", "Pipe"), (train.ContentType, train.CompressionType, train.RecordWrapperType, train.InputMode));
            Assert.Equal(9007199254740993L, train.ShuffleConfig!.Seed);
            S3DataSource s3 = train.DataSource!.S3DataSource!;
            Assert.Null(train.DataSource.FileSystemDataSource);
            Assert.Null(train.DataSource.DatasetSource);
            Assert.Equal(("AugmentedManifestFile", "s3://kitchen-sink-data/train/manifest.jsonl", "ShardedByS3Key"), (s3.S3DataType, s3.S3Uri, s3.S3DataDistributionType));
            Assert.Equal(new[] { "source-ref", "label" }, s3.AttributeNames);
            Assert.Equal(new[] { "workers", "parameter-servers" }, s3.InstanceGroupNames);
            Assert.True(s3.ModelAccessConfig!.AcceptEula);
            Assert.Equal("arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/DataSet/kitchen-sink-train/1.0.0", s3.HubAccessConfig!.HubContentArn);

            Channel fsx = inputs[1];
            Assert.Equal("File", fsx.InputMode);
            Assert.Null(fsx.DataSource!.S3DataSource);
            FileSystemDataSource fileSystem = fsx.DataSource.FileSystemDataSource!;
            Assert.Equal(("fs-0123456789abcdef0", "ro", "FSxLustre", "/fsx/kitchen-sink/train"), (fileSystem.FileSystemId, fileSystem.FileSystemAccessMode, fileSystem.FileSystemType, fileSystem.DirectoryPath));

            Channel dataset = inputs[2];
            Assert.Null(dataset.DataSource!.S3DataSource);
            Assert.Null(dataset.DataSource.FileSystemDataSource);
            Assert.Equal("arn:aws:sagemaker:us-east-1:123456789012:hub-content/kitchen-sink-hub/DataSet/kitchen-sink-data/1.0.0", dataset.DataSource.DatasetSource!.DatasetArn);
            Assert.Null(dataset.InputMode);
        }

        [Fact]
        public void TransformJob()
        {
            TransformJobDefinition job = _request.ValidationSpecification!.ValidationProfiles!.Single().TransformJobDefinition!;

            Assert.Equal((4, 6, "SingleRecord"), (job.MaxConcurrentTransforms, job.MaxPayloadInMB, job.BatchStrategy));
            Assert.Equal(new Dictionary<string, string> { ["LOG_LEVEL"] = "debug", ["BATCH_SIZE"] = "64" }, job.Environment);
            Assert.Equal(("ManifestFile", "s3://kitchen-sink-data/batch/manifest.json"), (job.TransformInput!.DataSource!.S3DataSource!.S3DataType, job.TransformInput.DataSource.S3DataSource.S3Uri));
            Assert.Equal(("application/jsonlines", "Gzip", "RecordIO"), (job.TransformInput.ContentType, job.TransformInput.CompressionType, job.TransformInput.SplitType));
            Assert.Equal(("s3://kitchen-sink-artifacts/validation/transform", "application/jsonlines", "Line", "alias/kitchen-sink-transform"), (job.TransformOutput!.S3OutputPath, job.TransformOutput.Accept, job.TransformOutput.AssembleWith, job.TransformOutput.KmsKeyId));
            Assert.Equal(("ml.m5.large", 2), (job.TransformResources!.InstanceType, job.TransformResources.InstanceCount));
            Assert.Equal("arn:aws:kms:us-east-1:123456789012:key/abcd1234-ab12-cd34-ef56-abcdef123456", job.TransformResources.VolumeKmsKeyId);
            Assert.Equal("al2-ami-sagemaker-batch-gpu-470", job.TransformResources.TransformAmiVersion);
        }

        private static void AssertHyperParameter(HyperParameterSpecification parameter, string type, string description, bool? isTunable, bool? isRequired, string? defaultValue)
        {
            Assert.Equal(
                (type, description, isTunable, isRequired, defaultValue),
                (parameter.Type, parameter.Description, parameter.IsTunable, parameter.IsRequired, parameter.DefaultValue));
        }
    }
}
