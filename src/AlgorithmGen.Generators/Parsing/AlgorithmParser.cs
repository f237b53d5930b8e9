using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AlgorithmGen.Model;
using Microsoft.CodeAnalysis;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// Turns an <c>[Algorithm]</c> class into the <c>CreateAlgorithmRequest</c> it declares. Returns null when the
    /// code is not complete enough to say (an attribute the compiler could not bind): the generator then emits
    /// nothing for the class and the compiler's own errors tell the user why.
    /// </summary>
    internal sealed class AlgorithmParser
    {
        private readonly INamedTypeSymbol _type;
        private readonly SemanticModels _semanticModels;
        private readonly CancellationToken _cancellationToken;
        private readonly SourceMap? _sourceMap;
        private readonly TrainingBindings? _training;
        private readonly List<(string Name, AttributeArguments Arguments)> _attributes = new();

        private AlgorithmParser(INamedTypeSymbol type, SemanticModels semanticModels, SourceMap? sourceMap, TrainingBindings? training, CancellationToken cancellationToken)
        {
            _training = training;
            _type = type;
            _semanticModels = semanticModels;
            _sourceMap = sourceMap;
            _cancellationToken = cancellationToken;
        }

        /// <param name="type">The <c>[Algorithm]</c> class.</param>
        /// <param name="semanticModels">Semantic models for the property initializers.</param>
        /// <param name="sourceMap">When given, receives the attribute each structure came from (analyzers only).</param>
        /// <param name="cancellationToken">Cancels the parse.</param>
        /// <param name="training">When given, receives the hyperparameters' properties and the metrics' formats (the training binder's inputs).</param>
        public static CreateAlgorithmRequest? Parse(INamedTypeSymbol type, SemanticModels semanticModels, SourceMap? sourceMap, CancellationToken cancellationToken, TrainingBindings? training = null) =>
            new AlgorithmParser(type, semanticModels, sourceMap, training, cancellationToken).Parse();

        private CreateAlgorithmRequest? Parse()
        {
            foreach (AttributeData attribute in _type.GetAttributes())
            {
                if (attribute.AttributeClass?.ContainingNamespace?.ToDisplayString() != AttributeNames.Namespace)
                {
                    continue;
                }

                var arguments = new AttributeArguments(attribute);
                if (arguments.HasErrors(_cancellationToken))
                {
                    return null;
                }

                _attributes.Add((attribute.AttributeClass.ToDisplayString(), arguments));
            }

            AttributeArguments? algorithm = Single(AttributeNames.Algorithm);
            if (algorithm is not { } declared)
            {
                return null;
            }

            List<HyperParameterSpecification>? hyperParameters = HyperParameterParser.Parse(_type, _semanticModels, declared.Integer("HyperParameterNaming") ?? HyperParameterNames.SnakeCase, _sourceMap, _training, _cancellationToken);
            if (hyperParameters is null)
            {
                return null;
            }

            return Bind(declared, new CreateAlgorithmRequest
            {
                AlgorithmName = declared.String(0),
                AlgorithmDescription = declared.String("Description") ?? (declared.IsWrittenNull("Description") ? null : DocComments.Summary(_type, _cancellationToken)),
                TrainingSpecification = TrainingSpecification(declared, hyperParameters),
                InferenceSpecification = InferenceSpecification(),
                ValidationSpecification = ValidationSpecification(),
                CertifyForMarketplace = declared.Boolean("CertifyForMarketplace"),
                Tags = ListOrNull(All(AttributeNames.Tag).Select(tag => Bind(tag, new Tag { Key = tag.String(0), Value = tag.String(1) }))),
            });
        }

        private TrainingSpecification TrainingSpecification(AttributeArguments algorithm, List<HyperParameterSpecification> hyperParameters)
        {
            List<AttributeArguments> metrics = All(AttributeNames.Metric).ToList();
            return Bind(algorithm, new TrainingSpecification
            {
                TrainingImage = algorithm.String("TrainingImage"),
                TrainingImageDigest = algorithm.String("TrainingImageDigest"),
                SupportedHyperParameters = hyperParameters.Count == 0 ? null : hyperParameters,
                SupportedTrainingInstanceTypes = algorithm.Strings("SupportedTrainingInstanceTypes") ?? SharedInstanceTypes(InstanceTypeUseTraining),
                SupportsDistributedTraining = algorithm.Boolean("SupportsDistributedTraining"),
                MetricDefinitions = ListOrNull(metrics.Select(Metric)),
                TrainingChannels = ListOrNull(All(AttributeNames.Channel).Select(channel => Bind(channel, new ChannelSpecification
                {
                    Name = channel.String(0),
                    Description = channel.String("Description"),
                    IsRequired = channel.Boolean("IsRequired"),
                    SupportedContentTypes = channel.Strings("SupportedContentTypes"),
                    SupportedCompressionTypes = channel.Enums("SupportedCompressionTypes"),
                    SupportedInputModes = channel.Enums("SupportedInputModes"),
                }))),
                SupportedTuningJobObjectiveMetrics = ListOrNull(metrics
                    .Where(metric => metric.Has("TuningObjective"))
                    .Select(metric => Bind(metric, new HyperParameterTuningJobObjective { Type = metric.Enum("TuningObjective"), MetricName = metric.String(0) }))
                    .Concat(All(AttributeNames.TuningObjective)
                        .Select(objective => Bind(objective, new HyperParameterTuningJobObjective { Type = objective.Enum(0), MetricName = objective.String(1) })))),
                AdditionalS3DataSource = All(AttributeNames.AdditionalS3DataSource)
                    .Where(source => !IsContainerSource(source))
                    .Select(AdditionalS3DataSource)
                    .FirstOrDefault(),
            });
        }

        private InferenceSpecification? InferenceSpecification()
        {
            AttributeArguments? declared = Single(AttributeNames.InferenceSpecification);
            List<AttributeArguments> containers = All(AttributeNames.InferenceContainer).ToList();
            if (declared is null && containers.Count == 0)
            {
                return null;
            }

            return Bind(declared ?? containers[0], new InferenceSpecification
            {
                Containers = ListOrNull(containers.Select(container => Container(container, containers.Count == 1))),
                SupportedTransformInstanceTypes = declared?.Strings("SupportedTransformInstanceTypes") ?? SharedInstanceTypes(InstanceTypeUseTransform),
                SupportedRealtimeInferenceInstanceTypes = declared?.Strings("SupportedRealtimeInferenceInstanceTypes") ?? SharedInstanceTypes(InstanceTypeUseRealtimeInference),
                SupportedContentTypes = declared?.Strings("SupportedContentTypes"),
                SupportedResponseMIMETypes = declared?.Strings("SupportedResponseMIMETypes"),
            });
        }

        private ModelPackageContainerDefinition Container(AttributeArguments container, bool isOnlyContainer)
        {
            string? id = container.String("Id");
            // Sources name their container by Id; with a single container they may leave it out.
            bool Belongs(AttributeArguments source) =>
                source.String("Container") is { } target ? target == id : isOnlyContainer;

            string? baseModelName = container.String("BaseModelHubContentName");
            string? baseModelVersion = container.String("BaseModelHubContentVersion");
            string? recipe = container.String("BaseModelRecipeName");
            string? dataInputConfig = container.String("DataInputConfig");
            AttributeArguments? modelData = All(AttributeNames.ModelDataSource).Where(Belongs).Cast<AttributeArguments?>().FirstOrDefault();
            return Bind(container, new ModelPackageContainerDefinition
            {
                ContainerHostname = container.String("ContainerHostname"),
                Image = container.String("Image") ?? container.String(0),
                ImageDigest = container.String("ImageDigest"),
                ModelDataUrl = container.String("ModelDataUrl"),
                ModelDataSource = modelData is { } data ? Bind(data, new ModelDataSource { S3DataSource = S3ModelDataSource(data, firstArgument: 0) }) : null,
                ProductId = container.String("ProductId"),
                Environment = container.Map("Environment"),
                ModelInput = dataInputConfig is null ? null : Bind(container, new ModelInput { DataInputConfig = dataInputConfig }),
                Framework = container.String("Framework"),
                FrameworkVersion = container.String("FrameworkVersion"),
                NearestModelName = container.String("NearestModelName"),
                AdditionalModelDataSources = ListOrNull(All(AttributeNames.AdditionalModelDataSource).Where(Belongs).Select(source => Bind(source, new AdditionalModelDataSource
                {
                    ChannelName = source.String(0),
                    S3DataSource = S3ModelDataSource(source, firstArgument: 1),
                }))),
                AdditionalS3DataSource = All(AttributeNames.AdditionalS3DataSource)
                    .Where(source => IsContainerSource(source) && Belongs(source))
                    .Select(AdditionalS3DataSource)
                    .FirstOrDefault(),
                ModelDataETag = container.String("ModelDataETag"),
                IsCheckpoint = container.Boolean("IsCheckpoint"),
                BaseModel = baseModelName is null && baseModelVersion is null && recipe is null
                    ? null
                    : Bind(container, new BaseModel { HubContentName = baseModelName, HubContentVersion = baseModelVersion, RecipeName = recipe }),
            });
        }

        // ModelDataSourceAttribute(s3Uri, type, compression); AdditionalModelDataSourceAttribute(channel, s3Uri, type, compression).
        private S3ModelDataSource S3ModelDataSource(AttributeArguments source, int firstArgument)
        {
            int offset = firstArgument;
            bool? acceptEula = source.Boolean("AcceptEula");
            string? hubContentArn = source.String("HubContentArn");
            return Bind(source, new S3ModelDataSource
            {
                S3Uri = source.String(offset),
                S3DataType = source.Enum(offset + 1),
                CompressionType = source.Enum(offset + 2),
                ModelAccessConfig = acceptEula is null ? null : Bind(source, new ModelAccessConfig { AcceptEula = acceptEula }),
                HubAccessConfig = hubContentArn is null ? null : Bind(source, new InferenceHubAccessConfig { HubContentArn = hubContentArn }),
                ManifestS3Uri = source.String("ManifestS3Uri"),
                ETag = source.String("ETag"),
                ManifestEtag = source.String("ManifestEtag"),
            });
        }

        // A source names its container, or says Owner = InferenceContainer; otherwise it is the training specification's.
        private static bool IsContainerSource(AttributeArguments source) =>
            source.String("Container") is not null || source.Enum("Owner") == DataSourceOwnerInferenceContainer;

        // InstanceTypeUse and DataSourceOwner (the attributes assembly is not referenced by the generator).
        private const int InstanceTypeUseTraining = 1;
        private const int InstanceTypeUseTransform = 2;
        private const int InstanceTypeUseRealtimeInference = 4;
        private const string DataSourceOwnerInferenceContainer = "InferenceContainer";

        /// <summary>The first [SupportedInstanceTypes] list whose uses include <paramref name="use"/>.</summary>
        private List<string>? SharedInstanceTypes(int use) => All(AttributeNames.SupportedInstanceTypes)
            .Where(shared => ((shared.EnumNumber(0) ?? 0) & use) != 0)
            .Select(shared => shared.Strings(1))
            .FirstOrDefault(list => list is not null);

        private AdditionalS3DataSource AdditionalS3DataSource(AttributeArguments source) => Bind(source, new AdditionalS3DataSource
        {
            S3DataType = source.Enum(0),
            S3Uri = source.String(1),
            CompressionType = source.Enum("CompressionType"),
            ETag = source.String("ETag"),
        });

        private AlgorithmValidationSpecification? ValidationSpecification()
        {
            List<AttributeArguments> profiles = All(AttributeNames.ValidationProfile).ToList();
            if (profiles.Count == 0)
            {
                return null;
            }

            // The role is the specification's, but it is written on the profile: point at the profile that sets it.
            int withRole = profiles.FindIndex(profile => profile.Has("ValidationRole"));
            AttributeArguments roleSource = profiles[withRole < 0 ? 0 : withRole];
            return Bind(roleSource, new AlgorithmValidationSpecification
            {
                ValidationRole = roleSource.String("ValidationRole"),
                ValidationProfiles = profiles.Select(profile => ValidationProfile(profile, profiles.Count == 1)).ToList(),
            });
        }

        private AlgorithmValidationProfile ValidationProfile(AttributeArguments profile, bool isOnlyProfile)
        {
            string? name = profile.String(0);
            bool Belongs(AttributeArguments part) => part.String("Profile") is { } target ? target == name : isOnlyProfile;

            List<AttributeArguments> groups = All(AttributeNames.ValidationInstanceGroup).Where(Belongs).ToList();
            List<AttributeArguments> placements = All(AttributeNames.ValidationPlacement).Where(Belongs).ToList();
            bool? multipleJobs = profile.Boolean("EnableMultipleJobs");
            int? maxRuntime = profile.Integer("MaxRuntimeInSeconds");
            int? maxWait = profile.Integer("MaxWaitTimeInSeconds");
            int? maxPending = profile.Integer("MaxPendingTimeInSeconds");
            return Bind(profile, new AlgorithmValidationProfile
            {
                ProfileName = name,
                TrainingJobDefinition = Bind(profile, new TrainingJobDefinition
                {
                    TrainingInputMode = profile.Enum("TrainingInputMode"),
                    HyperParameters = profile.Map("HyperParameters"),
                    InputDataConfig = ListOrNull(All(AttributeNames.ValidationInput).Where(Belongs).Select(ValidationChannel)),
                    OutputDataConfig = Bind(profile, new OutputDataConfig
                    {
                        KmsKeyId = profile.String("OutputKmsKeyId"),
                        S3OutputPath = profile.String("S3OutputPath"),
                        CompressionType = profile.Enum("OutputCompressionType"),
                    }),
                    ResourceConfig = Bind(profile, new ResourceConfig
                    {
                        InstanceType = profile.String("InstanceType"),
                        InstanceCount = profile.Integer("InstanceCount"),
                        VolumeSizeInGB = profile.Integer("VolumeSizeInGB"),
                        VolumeKmsKeyId = profile.String("VolumeKmsKeyId"),
                        KeepAlivePeriodInSeconds = profile.Integer("KeepAlivePeriodInSeconds"),
                        InstanceGroups = ListOrNull(groups.Select(group => Bind(group, new InstanceGroup
                        {
                            InstanceType = group.String(1),
                            InstanceCount = group.Integer(2),
                            InstanceGroupName = group.String(0),
                        }))),
                        TrainingPlanArn = profile.String("TrainingPlanArn"),
                        InstancePlacementConfig = multipleJobs is null && placements.Count == 0 ? null : Bind(profile, new InstancePlacementConfig
                        {
                            EnableMultipleJobs = multipleJobs,
                            PlacementSpecifications = ListOrNull(placements.Select(placement => Bind(placement, new PlacementSpecification
                            {
                                UltraServerId = placement.String("UltraServerId"),
                                InstanceCount = placement.Integer(0),
                            }))),
                        }),
                    }),
                    StoppingCondition = maxRuntime is null && maxWait is null && maxPending is null ? null : Bind(profile, new StoppingCondition
                    {
                        MaxRuntimeInSeconds = maxRuntime,
                        MaxWaitTimeInSeconds = maxWait,
                        MaxPendingTimeInSeconds = maxPending,
                    }),
                }),
                TransformJobDefinition = All(AttributeNames.ValidationTransformJob).Where(Belongs).Select(TransformJob).FirstOrDefault(),
            });
        }

        private Channel ValidationChannel(AttributeArguments input)
        {
            long? seed = input.Long("ShuffleSeed");
            return Bind(input, new Channel
            {
                ChannelName = input.String(0),
                DataSource = ChannelDataSource(input),
                ContentType = input.String("ContentType"),
                CompressionType = input.Enum("CompressionType"),
                RecordWrapperType = input.Enum("RecordWrapperType"),
                InputMode = input.Enum("InputMode"),
                ShuffleConfig = seed is null ? null : Bind(input, new ShuffleConfig { Seed = seed }),
            });
        }

        private DataSource ChannelDataSource(AttributeArguments input)
        {
            bool hasS3 = AttributeNames.S3SourceArguments.Any(input.Has);
            bool hasFileSystem = AttributeNames.FileSystemSourceArguments.Any(input.Has);
            string? datasetArn = input.String("DatasetArn");
            bool? acceptEula = input.Boolean("AcceptEula");
            string? hubContentArn = input.String("HubContentArn");
            return Bind(input, new DataSource
            {
                S3DataSource = !hasS3 ? null : Bind(input, new S3DataSource
                {
                    S3DataType = input.Enum("S3DataType"),
                    S3Uri = input.String("S3Uri"),
                    S3DataDistributionType = input.Enum("S3DataDistributionType"),
                    AttributeNames = input.Strings("AttributeNames"),
                    InstanceGroupNames = input.Strings("InstanceGroupNames"),
                    ModelAccessConfig = acceptEula is null ? null : Bind(input, new ModelAccessConfig { AcceptEula = acceptEula }),
                    HubAccessConfig = hubContentArn is null ? null : Bind(input, new HubAccessConfig { HubContentArn = hubContentArn }),
                }),
                FileSystemDataSource = !hasFileSystem ? null : Bind(input, new FileSystemDataSource
                {
                    FileSystemId = input.String("FileSystemId"),
                    FileSystemAccessMode = input.Enum("FileSystemAccessMode"),
                    FileSystemType = input.Enum("FileSystemType"),
                    DirectoryPath = input.String("DirectoryPath"),
                }),
                DatasetSource = datasetArn is null ? null : Bind(input, new DatasetSource { DatasetArn = datasetArn }),
            });
        }

        private TransformJobDefinition TransformJob(AttributeArguments job) => Bind(job, new TransformJobDefinition
        {
            MaxConcurrentTransforms = job.Integer("MaxConcurrentTransforms"),
            MaxPayloadInMB = job.Integer("MaxPayloadInMB"),
            BatchStrategy = job.Enum("BatchStrategy"),
            Environment = job.Map("Environment"),
            TransformInput = Bind(job, new TransformInput
            {
                DataSource = Bind(job, new TransformDataSource
                {
                    S3DataSource = Bind(job, new TransformS3DataSource { S3DataType = job.Enum("S3DataType"), S3Uri = job.String("S3Uri") }),
                }),
                ContentType = job.String("ContentType"),
                CompressionType = job.Enum("CompressionType"),
                SplitType = job.Enum("SplitType"),
            }),
            TransformOutput = Bind(job, new TransformOutput
            {
                S3OutputPath = job.String("S3OutputPath"),
                Accept = job.String("Accept"),
                AssembleWith = job.Enum("AssembleWith"),
                KmsKeyId = job.String("KmsKeyId"),
            }),
            TransformResources = Bind(job, new TransformResources
            {
                InstanceType = job.String("InstanceType"),
                InstanceCount = job.Integer("InstanceCount"),
                VolumeKmsKeyId = job.String("VolumeKmsKeyId"),
                TransformAmiVersion = job.String("TransformAmiVersion"),
            }),
        });

        private MetricDefinition Metric(AttributeArguments metric)
        {
            string? name = metric.String(0);
            // A metric declared by name only gets the regex that finds the line its generated method writes.
            var definition = new MetricDefinition { Name = name, Regex = metric.String(1) ?? (name is null ? null : Metrics.MetricLines.DefaultRegex(name)) };
            _training?.MetricFormats.Add(definition, metric.String("Format"));
            return Bind(metric, definition);
        }

        private T Bind<T>(AttributeArguments source, T shape)
            where T : IApiShape
        {
            _sourceMap?.Bind(shape, new ShapeOrigin(source.Data, property: null));
            return shape;
        }

        private AttributeArguments? Single(string name)
        {
            foreach ((string attributeName, AttributeArguments arguments) in _attributes)
            {
                if (attributeName == name)
                {
                    return arguments;
                }
            }

            return null;
        }

        private IEnumerable<AttributeArguments> All(string name) =>
            _attributes.Where(attribute => attribute.Name == name).Select(attribute => attribute.Arguments);

        private static List<T>? ListOrNull<T>(IEnumerable<T> items)
        {
            List<T> list = items.ToList();
            return list.Count == 0 ? null : list;
        }
    }
}
