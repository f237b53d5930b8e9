using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;
using Microsoft.CodeAnalysis;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// Turns an <c>[Algorithm]</c> class into the <c>CreateAlgorithmRequest</c> it declares, and collects the problems
    /// it meets on the way (System.Text.Json's parser does the same). The request is null when the code is not
    /// complete enough to say (an attribute the compiler could not bind): the generator then emits nothing for the
    /// class and the compiler's own errors tell the user why.
    /// </summary>
    /// <remarks>
    /// Arguments are read by the attribute property's name (<c>nameof</c>), a constructor argument by its parameter
    /// of that name. Where a request member is read from an argument of another name, the <see cref="Bind"/> call
    /// that records the structure names that argument, so a violation on the member lands on it. A structure whose
    /// members are written on its parent's attribute is sent when one of them is written, and an argument written
    /// <c>null</c> is left out of it: that is how a class says "present, without this member" (import relies on it).
    /// </remarks>
    internal sealed class AlgorithmParser
    {
        private readonly INamedTypeSymbol _type;
        private readonly SemanticModels _semanticModels;
        private readonly CancellationToken _cancellationToken;
        private readonly SourceMap? _sourceMap;
        private readonly TrainingBindings? _training;
        private readonly ParseProblems _problems = new();
        private readonly List<(string Name, AttributeArguments Arguments)> _attributes = new();
        // A repeated part can be met once per parent that claims it; say it is ignored once.
        private readonly HashSet<AttributeData> _ignored = new();

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
        /// <param name="withSourceMap">Whether to record where each value came from (analyzers only: it holds syntax).</param>
        /// <param name="cancellationToken">Cancels the parse.</param>
        /// <param name="training">When given, receives the hyperparameters' properties and the metrics' formats (the training binder's inputs).</param>
        public static ParseResult Parse(INamedTypeSymbol type, SemanticModels semanticModels, bool withSourceMap, CancellationToken cancellationToken, TrainingBindings? training = null)
        {
            var parser = new AlgorithmParser(type, semanticModels, withSourceMap ? new SourceMap() : null, training, cancellationToken);
            CreateAlgorithmRequest? request = parser.Parse();
            return new ParseResult(request, parser._sourceMap, parser._problems.All);
        }

        private CreateAlgorithmRequest? Parse()
        {
            foreach (AttributeData attribute in _type.GetAttributes())
            {
                if (AttributeNames.Of(attribute.AttributeClass) is not { } name)
                {
                    continue;
                }

                var arguments = new AttributeArguments(attribute);
                if (arguments.HasErrors(_cancellationToken))
                {
                    return null;
                }

                _attributes.Add((name, arguments));
            }

            AttributeArguments? algorithm = Single(AttributeNames.Algorithm);
            if (algorithm is not { } declared)
            {
                return null;
            }

            HyperParameterNaming naming = declared.EnumValue<HyperParameterNaming>(nameof(AlgorithmAttribute.HyperParameterNaming)) ?? HyperParameterNaming.SnakeCase;
            List<HyperParameterSpecification>? hyperParameters = HyperParameterParser.Parse(_type, _semanticModels, naming, _sourceMap, _problems, _training, _cancellationToken);
            if (hyperParameters is null)
            {
                return null;
            }

            CheckContainerReferences();
            CheckProfileReferences();
            CheckSharedInstanceTypes();
            return Bind(declared, new CreateAlgorithmRequest
            {
                AlgorithmName = declared.String(nameof(AlgorithmAttribute.Name)),
                AlgorithmDescription = declared.String(nameof(AlgorithmAttribute.Description))
                    ?? (declared.IsWrittenNull(nameof(AlgorithmAttribute.Description)) ? null : DocComments.Summary(_type, _cancellationToken)),
                TrainingSpecification = TrainingSpecification(declared, hyperParameters),
                InferenceSpecification = InferenceSpecification(),
                ValidationSpecification = ValidationSpecification(),
                CertifyForMarketplace = declared.Boolean(nameof(AlgorithmAttribute.CertifyForMarketplace)),
                Tags = Items(All(AttributeNames.Tag).Select(tag => Bind(tag, new Tag
                {
                    Key = tag.String(nameof(TagAttribute.Key)),
                    Value = tag.String(nameof(TagAttribute.Value)),
                })), declared, nameof(AlgorithmAttribute.EmptyTags), nameof(CreateAlgorithmRequest.Tags)),
            },
            (nameof(CreateAlgorithmRequest.AlgorithmName), nameof(AlgorithmAttribute.Name)),
            (nameof(CreateAlgorithmRequest.AlgorithmDescription), nameof(AlgorithmAttribute.Description)));
        }

        private TrainingSpecification TrainingSpecification(AttributeArguments algorithm, List<HyperParameterSpecification> hyperParameters)
        {
            List<AttributeArguments> metrics = All(AttributeNames.Metric).ToList();
            return Bind(algorithm, new TrainingSpecification
            {
                TrainingImage = algorithm.String(nameof(AlgorithmAttribute.TrainingImage)),
                TrainingImageDigest = algorithm.String(nameof(AlgorithmAttribute.TrainingImageDigest)),
                SupportedHyperParameters = Items(hyperParameters, algorithm, nameof(AlgorithmAttribute.EmptySupportedHyperParameters), nameof(global::AlgorithmGen.Model.TrainingSpecification.SupportedHyperParameters)),
                SupportedTrainingInstanceTypes = algorithm.Strings(nameof(AlgorithmAttribute.SupportedTrainingInstanceTypes)) ?? SharedInstanceTypes(InstanceTypeUse.Training),
                SupportsDistributedTraining = algorithm.Boolean(nameof(AlgorithmAttribute.SupportsDistributedTraining)),
                MetricDefinitions = Items(metrics.Select(Metric), algorithm, nameof(AlgorithmAttribute.EmptyMetricDefinitions), nameof(global::AlgorithmGen.Model.TrainingSpecification.MetricDefinitions)),
                TrainingChannels = Items(All(AttributeNames.Channel).Select(channel => Bind(channel, new ChannelSpecification
                {
                    Name = channel.String(nameof(ChannelAttribute.Name)),
                    Description = channel.String(nameof(ChannelAttribute.Description)),
                    IsRequired = channel.Boolean(nameof(ChannelAttribute.IsRequired)),
                    SupportedContentTypes = channel.Strings(nameof(ChannelAttribute.SupportedContentTypes)),
                    SupportedCompressionTypes = channel.Enums(nameof(ChannelAttribute.SupportedCompressionTypes)),
                    SupportedInputModes = channel.Enums(nameof(ChannelAttribute.SupportedInputModes)),
                })), algorithm, nameof(AlgorithmAttribute.EmptyTrainingChannels), nameof(global::AlgorithmGen.Model.TrainingSpecification.TrainingChannels)),
                SupportedTuningJobObjectiveMetrics = Items(metrics
                    .Where(metric => metric.Has(nameof(MetricAttribute.TuningObjective)))
                    .Select(metric => Bind(metric, new HyperParameterTuningJobObjective
                    {
                        Type = metric.Enum(nameof(MetricAttribute.TuningObjective)),
                        MetricName = metric.String(nameof(MetricAttribute.Name)),
                    },
                    (nameof(HyperParameterTuningJobObjective.Type), nameof(MetricAttribute.TuningObjective)),
                    (nameof(HyperParameterTuningJobObjective.MetricName), nameof(MetricAttribute.Name))))
                    .Concat(All(AttributeNames.TuningObjective).Select(objective => Bind(objective, new HyperParameterTuningJobObjective
                    {
                        Type = objective.Enum(nameof(TuningObjectiveAttribute.Type)),
                        MetricName = objective.String(nameof(TuningObjectiveAttribute.MetricName)),
                    }))), algorithm, nameof(AlgorithmAttribute.EmptySupportedTuningJobObjectiveMetrics), nameof(global::AlgorithmGen.Model.TrainingSpecification.SupportedTuningJobObjectiveMetrics)),
                // The training specification's own sources are those that name no container and are not owned by one.
                AdditionalS3DataSource = First(All(AttributeNames.AdditionalS3DataSource).Where(source => !IsContainerSource(source)), nameof(AdditionalS3DataSourceAttribute.Container), "an " + nameof(global::AlgorithmGen.Model.AdditionalS3DataSource)) is { } training
                    ? AdditionalS3DataSource(training)
                    : null,
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
                Containers = Items(containers.Select(container => Container(container, containers.Count == 1)), declared, nameof(InferenceSpecificationAttribute.EmptyContainers), nameof(global::AlgorithmGen.Model.InferenceSpecification.Containers)),
                SupportedTransformInstanceTypes = declared?.Strings(nameof(InferenceSpecificationAttribute.SupportedTransformInstanceTypes)) ?? SharedInstanceTypes(InstanceTypeUse.Transform),
                SupportedRealtimeInferenceInstanceTypes = declared?.Strings(nameof(InferenceSpecificationAttribute.SupportedRealtimeInferenceInstanceTypes)) ?? SharedInstanceTypes(InstanceTypeUse.RealtimeInference),
                SupportedContentTypes = declared?.Strings(nameof(InferenceSpecificationAttribute.SupportedContentTypes)),
                SupportedResponseMIMETypes = declared?.Strings(nameof(InferenceSpecificationAttribute.SupportedResponseMIMETypes)),
            });
        }

        private ModelPackageContainerDefinition Container(AttributeArguments container, bool isOnlyContainer)
        {
            string? id = container.String(nameof(InferenceContainerAttribute.Id));
            bool Belongs(AttributeArguments source) => BelongsTo(source, nameof(S3ModelDataSourceAttributeBase.Container), id, isOnlyContainer);

            string? baseModelName = container.String(nameof(InferenceContainerAttribute.BaseModelHubContentName));
            string? baseModelVersion = container.String(nameof(InferenceContainerAttribute.BaseModelHubContentVersion));
            string? recipe = container.String(nameof(InferenceContainerAttribute.BaseModelRecipeName));
            AttributeArguments? modelData = First(All(AttributeNames.ModelDataSource).Where(Belongs), nameof(ModelDataSourceAttribute.Container), "a " + nameof(global::AlgorithmGen.Model.ModelDataSource));
            AttributeArguments? additionalS3 = First(
                All(AttributeNames.AdditionalS3DataSource).Where(source => IsContainerSource(source) && Belongs(source)),
                nameof(AdditionalS3DataSourceAttribute.Container),
                "an " + nameof(global::AlgorithmGen.Model.AdditionalS3DataSource));
            return Bind(container, new ModelPackageContainerDefinition
            {
                ContainerHostname = container.String(nameof(InferenceContainerAttribute.ContainerHostname)),
                Image = container.String(nameof(InferenceContainerAttribute.Image)),
                ImageDigest = container.String(nameof(InferenceContainerAttribute.ImageDigest)),
                ModelDataUrl = container.String(nameof(InferenceContainerAttribute.ModelDataUrl)),
                ModelDataSource = modelData is { } data ? Bind(data, new ModelDataSource { S3DataSource = S3ModelDataSource(data) }) : null,
                ProductId = container.String(nameof(InferenceContainerAttribute.ProductId)),
                Environment = container.Map(nameof(InferenceContainerAttribute.Environment), _problems),
                ModelInput = !container.Has(nameof(InferenceContainerAttribute.DataInputConfig)) ? null : Bind(container, new ModelInput { DataInputConfig = container.String(nameof(InferenceContainerAttribute.DataInputConfig)) }),
                Framework = container.String(nameof(InferenceContainerAttribute.Framework)),
                FrameworkVersion = container.String(nameof(InferenceContainerAttribute.FrameworkVersion)),
                NearestModelName = container.String(nameof(InferenceContainerAttribute.NearestModelName)),
                AdditionalModelDataSources = Items(All(AttributeNames.AdditionalModelDataSource).Where(Belongs).Select(source => Bind(source, new AdditionalModelDataSource
                {
                    ChannelName = source.String(nameof(AdditionalModelDataSourceAttribute.ChannelName)),
                    S3DataSource = S3ModelDataSource(source),
                })), container, nameof(InferenceContainerAttribute.EmptyAdditionalModelDataSources), nameof(ModelPackageContainerDefinition.AdditionalModelDataSources)),
                AdditionalS3DataSource = additionalS3 is { } s3 ? AdditionalS3DataSource(s3) : null,
                ModelDataETag = container.String(nameof(InferenceContainerAttribute.ModelDataETag)),
                IsCheckpoint = container.Boolean(nameof(InferenceContainerAttribute.IsCheckpoint)),
                // Written is sent: a member written null is left out of the BaseModel, not the BaseModel out of the container.
                BaseModel = !BaseModelArguments.Any(container.Has)
                    ? null
                    : Bind(container, new BaseModel { HubContentName = baseModelName, HubContentVersion = baseModelVersion, RecipeName = recipe },
                        (nameof(BaseModel.HubContentName), nameof(InferenceContainerAttribute.BaseModelHubContentName)),
                        (nameof(BaseModel.HubContentVersion), nameof(InferenceContainerAttribute.BaseModelHubContentVersion)),
                        (nameof(BaseModel.RecipeName), nameof(InferenceContainerAttribute.BaseModelRecipeName))),
            });
        }

        private static readonly string[] BaseModelArguments =
        {
            nameof(InferenceContainerAttribute.BaseModelHubContentName), nameof(InferenceContainerAttribute.BaseModelHubContentVersion), nameof(InferenceContainerAttribute.BaseModelRecipeName),
        };

        private S3ModelDataSource S3ModelDataSource(AttributeArguments source)
        {
            bool? acceptEula = source.Boolean(nameof(S3ModelDataSourceAttributeBase.AcceptEula));
            return Bind(source, new S3ModelDataSource
            {
                S3Uri = source.String(nameof(S3ModelDataSourceAttributeBase.S3Uri)),
                S3DataType = source.Enum(nameof(S3ModelDataSourceAttributeBase.S3DataType)),
                CompressionType = source.Enum(nameof(S3ModelDataSourceAttributeBase.CompressionType)),
                ModelAccessConfig = acceptEula is null ? null : Bind(source, new ModelAccessConfig { AcceptEula = acceptEula }),
                HubAccessConfig = !source.Has(nameof(S3ModelDataSourceAttributeBase.HubContentArn)) ? null : Bind(source, new InferenceHubAccessConfig { HubContentArn = source.String(nameof(S3ModelDataSourceAttributeBase.HubContentArn)) }),
                ManifestS3Uri = source.String(nameof(S3ModelDataSourceAttributeBase.ManifestS3Uri)),
                ETag = source.String(nameof(S3ModelDataSourceAttributeBase.ETag)),
                ManifestEtag = source.String(nameof(S3ModelDataSourceAttributeBase.ManifestEtag)),
            });
        }

        // A source names its container, or says Owner = InferenceContainer; otherwise it is the training specification's.
        private static bool IsContainerSource(AttributeArguments source) =>
            source.Has(nameof(AdditionalS3DataSourceAttribute.Container))
            || source.Enum(nameof(AdditionalS3DataSourceAttribute.Owner)) == nameof(DataSourceOwner.InferenceContainer);

        private List<string>? SharedInstanceTypes(InstanceTypeUse use) => All(AttributeNames.SupportedInstanceTypes)
            .Where(shared => ((shared.EnumNumber(nameof(SupportedInstanceTypesAttribute.Uses)) ?? 0) & (int)use) != 0)
            .Select(shared => shared.Strings(nameof(SupportedInstanceTypesAttribute.InstanceTypes)))
            .FirstOrDefault(list => list is not null);

        private AdditionalS3DataSource AdditionalS3DataSource(AttributeArguments source) => Bind(source, new AdditionalS3DataSource
        {
            S3DataType = source.Enum(nameof(AdditionalS3DataSourceAttribute.S3DataType)),
            S3Uri = source.String(nameof(AdditionalS3DataSourceAttribute.S3Uri)),
            CompressionType = source.Enum(nameof(AdditionalS3DataSourceAttribute.CompressionType)),
            ETag = source.String(nameof(AdditionalS3DataSourceAttribute.ETag)),
        });

        private AlgorithmValidationSpecification? ValidationSpecification()
        {
            List<AttributeArguments> profiles = All(AttributeNames.ValidationProfile).ToList();
            if (profiles.Count == 0)
            {
                return null;
            }

            // The role is the specification's, but it is written on the profile: point at the profile that sets it.
            int withRole = profiles.FindIndex(profile => profile.Has(nameof(ValidationProfileAttribute.ValidationRole)));
            AttributeArguments roleSource = profiles[withRole < 0 ? 0 : withRole];
            return Bind(roleSource, new AlgorithmValidationSpecification
            {
                ValidationRole = roleSource.String(nameof(ValidationProfileAttribute.ValidationRole)),
                ValidationProfiles = profiles.Select(profile => ValidationProfile(profile, profiles.Count == 1)).ToList(),
            });
        }

        private AlgorithmValidationProfile ValidationProfile(AttributeArguments profile, bool isOnlyProfile)
        {
            string? name = profile.String(nameof(ValidationProfileAttribute.ProfileName));
            bool Belongs(AttributeArguments part) => BelongsTo(part, nameof(ValidationInputAttribute.Profile), name, isOnlyProfile);

            List<AttributeArguments> groups = All(AttributeNames.ValidationInstanceGroup).Where(Belongs).ToList();
            List<AttributeArguments> placements = All(AttributeNames.ValidationPlacement).Where(Belongs).ToList();
            bool? multipleJobs = profile.Boolean(nameof(ValidationProfileAttribute.EnableMultipleJobs));
            int? maxRuntime = profile.Integer(nameof(ValidationProfileAttribute.MaxRuntimeInSeconds));
            int? maxWait = profile.Integer(nameof(ValidationProfileAttribute.MaxWaitTimeInSeconds));
            int? maxPending = profile.Integer(nameof(ValidationProfileAttribute.MaxPendingTimeInSeconds));
            bool emptyPlacement = EmptyStructure(profile, nameof(ValidationProfileAttribute.EmptyInstancePlacementConfig), nameof(global::AlgorithmGen.Model.InstancePlacementConfig),
                multipleJobs is not null ? nameof(ValidationProfileAttribute.EnableMultipleJobs) : placements.Count > 0 ? "[" + placements[0].ShortName + "]" : null);
            bool emptyStopping = EmptyStructure(profile, nameof(ValidationProfileAttribute.EmptyStoppingCondition), nameof(global::AlgorithmGen.Model.StoppingCondition),
                maxRuntime is not null ? nameof(ValidationProfileAttribute.MaxRuntimeInSeconds)
                : maxWait is not null ? nameof(ValidationProfileAttribute.MaxWaitTimeInSeconds)
                : maxPending is not null ? nameof(ValidationProfileAttribute.MaxPendingTimeInSeconds)
                : null);
            AttributeArguments? transformJob = First(All(AttributeNames.ValidationTransformJob).Where(Belongs), nameof(ValidationTransformJobAttribute.Profile), "a " + nameof(global::AlgorithmGen.Model.TransformJobDefinition));
            return Bind(profile, new AlgorithmValidationProfile
            {
                ProfileName = name,
                TrainingJobDefinition = Bind(profile, new TrainingJobDefinition
                {
                    TrainingInputMode = profile.Enum(nameof(ValidationProfileAttribute.TrainingInputMode)),
                    HyperParameters = profile.Map(nameof(ValidationProfileAttribute.HyperParameters), _problems),
                    InputDataConfig = Items(All(AttributeNames.ValidationInput).Where(Belongs).Select(ValidationChannel), profile, nameof(ValidationProfileAttribute.EmptyInputDataConfig), nameof(TrainingJobDefinition.InputDataConfig)),
                    OutputDataConfig = Bind(profile, new OutputDataConfig
                    {
                        KmsKeyId = profile.String(nameof(ValidationProfileAttribute.OutputKmsKeyId)),
                        S3OutputPath = profile.String(nameof(ValidationProfileAttribute.S3OutputPath)),
                        CompressionType = profile.Enum(nameof(ValidationProfileAttribute.OutputCompressionType)),
                    },
                    (nameof(OutputDataConfig.KmsKeyId), nameof(ValidationProfileAttribute.OutputKmsKeyId)),
                    (nameof(OutputDataConfig.CompressionType), nameof(ValidationProfileAttribute.OutputCompressionType))),
                    ResourceConfig = Bind(profile, new ResourceConfig
                    {
                        InstanceType = profile.String(nameof(ValidationProfileAttribute.InstanceType)),
                        InstanceCount = profile.Integer(nameof(ValidationProfileAttribute.InstanceCount)),
                        VolumeSizeInGB = profile.Integer(nameof(ValidationProfileAttribute.VolumeSizeInGB)),
                        VolumeKmsKeyId = profile.String(nameof(ValidationProfileAttribute.VolumeKmsKeyId)),
                        KeepAlivePeriodInSeconds = profile.Integer(nameof(ValidationProfileAttribute.KeepAlivePeriodInSeconds)),
                        InstanceGroups = Items(groups.Select(group => Bind(group, new InstanceGroup
                        {
                            InstanceType = group.String(nameof(ValidationInstanceGroupAttribute.InstanceType)),
                            InstanceCount = group.Integer(nameof(ValidationInstanceGroupAttribute.InstanceCount)),
                            InstanceGroupName = group.String(nameof(ValidationInstanceGroupAttribute.InstanceGroupName)),
                        })), profile, nameof(ValidationProfileAttribute.EmptyInstanceGroups), nameof(ResourceConfig.InstanceGroups)),
                        TrainingPlanArn = profile.String(nameof(ValidationProfileAttribute.TrainingPlanArn)),
                        InstancePlacementConfig = multipleJobs is null && placements.Count == 0 && !emptyPlacement && profile.Boolean(nameof(ValidationProfileAttribute.EmptyPlacementSpecifications)) != true ? null : Bind(profile, new InstancePlacementConfig
                        {
                            EnableMultipleJobs = multipleJobs,
                            PlacementSpecifications = Items(placements.Select(placement => Bind(placement, new PlacementSpecification
                            {
                                UltraServerId = placement.String(nameof(ValidationPlacementAttribute.UltraServerId)),
                                InstanceCount = placement.Integer(nameof(ValidationPlacementAttribute.InstanceCount)),
                            })), profile, nameof(ValidationProfileAttribute.EmptyPlacementSpecifications), nameof(InstancePlacementConfig.PlacementSpecifications)),
                        }),
                    }),
                    StoppingCondition = maxRuntime is null && maxWait is null && maxPending is null && !emptyStopping ? null : Bind(profile, new StoppingCondition
                    {
                        MaxRuntimeInSeconds = maxRuntime,
                        MaxWaitTimeInSeconds = maxWait,
                        MaxPendingTimeInSeconds = maxPending,
                    }),
                }),
                TransformJobDefinition = transformJob is { } job ? TransformJob(job) : null,
            });
        }

        /// <summary>
        /// Whether the profile asks for <paramref name="structure"/> present and empty with <paramref name="flag"/>; when
        /// <paramref name="setBy"/> (an argument or attribute) already sends it, the flag does nothing, which is said.
        /// </summary>
        private bool EmptyStructure(AttributeArguments profile, string flag, string structure, string? setBy)
        {
            if (profile.Boolean(flag) != true)
            {
                return false;
            }

            if (setBy is not null)
            {
                _problems.Add(RuleMessages.EmptyStructureNotEmpty, profile.At(flag), profile.ShortName, flag, setBy, structure);
            }

            return true;
        }

        private Channel ValidationChannel(AttributeArguments input)
        {
            long? seed = input.Long(nameof(ValidationInputAttribute.ShuffleSeed));
            return Bind(input, new Channel
            {
                ChannelName = input.String(nameof(ValidationInputAttribute.ChannelName)),
                DataSource = ChannelDataSource(input),
                ContentType = input.String(nameof(ValidationInputAttribute.ContentType)),
                CompressionType = input.Enum(nameof(ValidationInputAttribute.CompressionType)),
                RecordWrapperType = input.Enum(nameof(ValidationInputAttribute.RecordWrapperType)),
                InputMode = input.Enum(nameof(ValidationInputAttribute.InputMode)),
                ShuffleConfig = seed is null ? null : Bind(input, new ShuffleConfig { Seed = seed }, (nameof(ShuffleConfig.Seed), nameof(ValidationInputAttribute.ShuffleSeed))),
            });
        }

        private DataSource ChannelDataSource(AttributeArguments input)
        {
            bool hasS3 = AttributeNames.S3SourceArguments.Any(input.Has);
            bool hasFileSystem = AttributeNames.FileSystemSourceArguments.Any(input.Has);
            bool hasDataset = AttributeNames.DatasetSourceArguments.Any(input.Has);
            int sources = (hasS3 ? 1 : 0) + (hasFileSystem ? 1 : 0) + (hasDataset ? 1 : 0);
            if (sources != 1)
            {
                _problems.Add(RuleMessages.DataSourceCount, input.Whole,
                    input.String(nameof(ValidationInputAttribute.ChannelName)), sources == 0 ? "no data source" : sources + " data sources");
            }

            bool? acceptEula = input.Boolean(nameof(ValidationInputAttribute.AcceptEula));
            return Bind(input, new DataSource
            {
                S3DataSource = !hasS3 ? null : Bind(input, new S3DataSource
                {
                    S3DataType = input.Enum(nameof(ValidationInputAttribute.S3DataType)),
                    S3Uri = input.String(nameof(ValidationInputAttribute.S3Uri)),
                    S3DataDistributionType = input.Enum(nameof(ValidationInputAttribute.S3DataDistributionType)),
                    AttributeNames = input.Strings(nameof(ValidationInputAttribute.AttributeNames)),
                    InstanceGroupNames = input.Strings(nameof(ValidationInputAttribute.InstanceGroupNames)),
                    ModelAccessConfig = acceptEula is null ? null : Bind(input, new ModelAccessConfig { AcceptEula = acceptEula }),
                    HubAccessConfig = !input.Has(nameof(ValidationInputAttribute.HubContentArn)) ? null : Bind(input, new HubAccessConfig { HubContentArn = input.String(nameof(ValidationInputAttribute.HubContentArn)) }),
                }),
                FileSystemDataSource = !hasFileSystem ? null : Bind(input, new FileSystemDataSource
                {
                    FileSystemId = input.String(nameof(ValidationInputAttribute.FileSystemId)),
                    FileSystemAccessMode = input.Enum(nameof(ValidationInputAttribute.FileSystemAccessMode)),
                    FileSystemType = input.Enum(nameof(ValidationInputAttribute.FileSystemType)),
                    DirectoryPath = input.String(nameof(ValidationInputAttribute.DirectoryPath)),
                }),
                DatasetSource = !hasDataset ? null : Bind(input, new DatasetSource { DatasetArn = input.String(nameof(ValidationInputAttribute.DatasetArn)) }),
            });
        }

        private TransformJobDefinition TransformJob(AttributeArguments job) => Bind(job, new TransformJobDefinition
        {
            MaxConcurrentTransforms = job.Integer(nameof(ValidationTransformJobAttribute.MaxConcurrentTransforms)),
            MaxPayloadInMB = job.Integer(nameof(ValidationTransformJobAttribute.MaxPayloadInMB)),
            BatchStrategy = job.Enum(nameof(ValidationTransformJobAttribute.BatchStrategy)),
            Environment = job.Map(nameof(ValidationTransformJobAttribute.Environment), _problems),
            TransformInput = Bind(job, new TransformInput
            {
                DataSource = Bind(job, new TransformDataSource
                {
                    S3DataSource = Bind(job, new TransformS3DataSource
                    {
                        S3DataType = job.Enum(nameof(ValidationTransformJobAttribute.S3DataType)),
                        S3Uri = job.String(nameof(ValidationTransformJobAttribute.S3Uri)),
                    }),
                }),
                ContentType = job.String(nameof(ValidationTransformJobAttribute.ContentType)),
                CompressionType = job.Enum(nameof(ValidationTransformJobAttribute.CompressionType)),
                SplitType = job.Enum(nameof(ValidationTransformJobAttribute.SplitType)),
            }),
            TransformOutput = Bind(job, new TransformOutput
            {
                S3OutputPath = job.String(nameof(ValidationTransformJobAttribute.S3OutputPath)),
                Accept = job.String(nameof(ValidationTransformJobAttribute.Accept)),
                AssembleWith = job.Enum(nameof(ValidationTransformJobAttribute.AssembleWith)),
                KmsKeyId = job.String(nameof(ValidationTransformJobAttribute.KmsKeyId)),
            }),
            TransformResources = Bind(job, new TransformResources
            {
                InstanceType = job.String(nameof(ValidationTransformJobAttribute.InstanceType)),
                InstanceCount = job.Integer(nameof(ValidationTransformJobAttribute.InstanceCount)),
                VolumeKmsKeyId = job.String(nameof(ValidationTransformJobAttribute.VolumeKmsKeyId)),
                TransformAmiVersion = job.String(nameof(ValidationTransformJobAttribute.TransformAmiVersion)),
            }),
        });

        private MetricDefinition Metric(AttributeArguments metric)
        {
            string? name = metric.String(nameof(MetricAttribute.Name));
            // A metric declared by name only gets the regex that finds the line its generated method writes.
            var definition = new MetricDefinition { Name = name, Regex = metric.String(nameof(MetricAttribute.Regex)) ?? (name is null ? null : Metrics.MetricLines.DefaultRegex(name)) };
            _training?.MetricFormats.Add(definition, metric.String(nameof(MetricAttribute.Format)));
            return Bind(metric, definition);
        }

        /// <summary>
        /// Records where <paramref name="shape"/> came from. <paramref name="renamed"/> names, for members read from an
        /// argument of another name, that argument (a member listed more than once is looked for in each, in order).
        /// </summary>
        private T Bind<T>(AttributeArguments source, T shape, params (string Member, string Argument)[] renamed)
            where T : IApiShape
        {
            _sourceMap?.Bind(shape, new ShapeSource(source, property: null, Renames(renamed)));
            return shape;
        }

        // The arguments each member was read from, in the order given (a plain loop: this runs for every structure parsed).
        internal static Dictionary<string, string[]>? Renames((string Member, string Argument)[] renamed)
        {
            if (renamed.Length == 0)
            {
                return null;
            }

            var arguments = new Dictionary<string, string[]>(renamed.Length, StringComparer.Ordinal);
            foreach ((string member, string argument) in renamed)
            {
                arguments[member] = arguments.TryGetValue(member, out string[]? earlier) ? earlier.Append(argument).ToArray() : new[] { argument };
            }

            return arguments;
        }

        /// <summary>
        /// Whether a part (a data source, a validation input) belongs to a parent (a container, a profile): the one
        /// its <paramref name="parentArgument"/> names, else the only one there is.
        /// </summary>
        private static bool BelongsTo(AttributeArguments part, string parentArgument, string? parentName, bool isOnlyParent) =>
            part.String(parentArgument) is { } target ? target == parentName : isOnlyParent;

        /// <summary>The first of <paramref name="parts"/>; the API takes <paramref name="what"/> once per parent, so the rest are ignored and said to be.</summary>
        private AttributeArguments? First(IEnumerable<AttributeArguments> parts, string parentArgument, string what)
        {
            AttributeArguments? first = null;
            foreach (AttributeArguments part in parts)
            {
                if (first is null)
                {
                    first = part;
                }
                else if (_ignored.Add(part.Data))
                {
                    string parent = part.String(parentArgument) ?? string.Empty;
                    _problems.Add(RuleMessages.RepeatedPart, part.Whole, part.ShortName, parent.Length == 0 ? string.Empty : " for '" + parent + "'", what);
                }
            }

            return first;
        }

        /// <summary>Container Ids are unique, and every data source of a container names one that exists (or there is exactly one).</summary>
        /// <summary>
        /// A [SupportedInstanceTypes] use that an explicit list, or an earlier shared list, already sets is ignored; so
        /// are inference uses when the algorithm has no inference specification to hold them.
        /// </summary>
        private void CheckSharedInstanceTypes()
        {
            List<AttributeArguments> shared = All(AttributeNames.SupportedInstanceTypes).ToList();
            if (shared.Count == 0)
            {
                return;
            }

            // Each use, with the argument that sets the same list explicitly.
            var uses = new (InstanceTypeUse Use, string Attribute, string Argument)[]
            {
                (InstanceTypeUse.Training, AttributeNames.Algorithm, nameof(AlgorithmAttribute.SupportedTrainingInstanceTypes)),
                (InstanceTypeUse.Transform, AttributeNames.InferenceSpecification, nameof(InferenceSpecificationAttribute.SupportedTransformInstanceTypes)),
                (InstanceTypeUse.RealtimeInference, AttributeNames.InferenceSpecification, nameof(InferenceSpecificationAttribute.SupportedRealtimeInferenceInstanceTypes)),
            };
            int covered = 0;
            foreach ((InstanceTypeUse use, string attribute, string argument) in uses)
            {
                if (All(attribute).Any(a => a.Has(argument)))
                {
                    covered |= (int)use;
                }
            }

            bool hasInference = All(AttributeNames.InferenceSpecification).Any() || All(AttributeNames.InferenceContainer).Any();
            foreach (AttributeArguments list in shared)
            {
                int listUses = list.EnumNumber(nameof(SupportedInstanceTypesAttribute.Uses)) ?? 0;
                if (!hasInference && (listUses & ~(int)InstanceTypeUse.Training) != 0)
                {
                    _problems.Add(RuleMessages.SharedListWithoutInference, list.Whole);
                }

                string[] ignored = uses.Where(u => (listUses & (int)u.Use) != 0 && (covered & (int)u.Use) != 0).Select(u => u.Argument).ToArray();
                if (ignored.Length > 0)
                {
                    _problems.Add(RuleMessages.SharedListOverridden, list.Whole, string.Join(", ", ignored));
                }

                covered |= listUses;
            }
        }

        private void CheckContainerReferences()
        {
            List<AttributeArguments> containers = All(AttributeNames.InferenceContainer).ToList();
            List<string?> ids = containers.Select(container => container.String(nameof(InferenceContainerAttribute.Id))).ToList();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < containers.Count; i++)
            {
                if (ids[i] is { } id && !seen.Add(id))
                {
                    _problems.Add(RuleMessages.DuplicateContainerId, containers[i].At(nameof(InferenceContainerAttribute.Id)), id);
                }
            }

            IEnumerable<AttributeArguments> parts = All(AttributeNames.ModelDataSource)
                .Concat(All(AttributeNames.AdditionalModelDataSource))
                // An additional S3 source that names no container and is not owned by one is the training specification's.
                .Concat(All(AttributeNames.AdditionalS3DataSource).Where(IsContainerSource));
            foreach (AttributeArguments part in parts)
            {
                string? target = part.String(nameof(S3ModelDataSourceAttributeBase.Container));
                RuleMessage? problem = target is not null
                    ? ids.Contains(target) ? null : RuleMessages.UnknownContainer
                    : ids.Count == 1 ? null
                    : ids.Count == 0 ? RuleMessages.NoContainer
                    : RuleMessages.AmbiguousContainer;
                if (problem is not null)
                {
                    _problems.Add(problem, part.At(nameof(S3ModelDataSourceAttributeBase.Container)), part.ShortName, target ?? (object)ids.Count);
                }
            }
        }

        /// <summary>Every part of a validation profile names one that exists, or there is exactly one.</summary>
        private void CheckProfileReferences()
        {
            List<string?> names = All(AttributeNames.ValidationProfile).Select(profile => profile.String(nameof(ValidationProfileAttribute.ProfileName))).ToList();
            IEnumerable<AttributeArguments> parts = All(AttributeNames.ValidationInput)
                .Concat(All(AttributeNames.ValidationInstanceGroup))
                .Concat(All(AttributeNames.ValidationPlacement))
                .Concat(All(AttributeNames.ValidationTransformJob));
            foreach (AttributeArguments part in parts)
            {
                string? target = part.String(nameof(ValidationInputAttribute.Profile));
                RuleMessage? problem = target is not null
                    ? names.Contains(target) ? null : RuleMessages.UnknownProfile
                    : names.Count == 0 ? RuleMessages.NoProfile
                    : names.Count > 1 ? RuleMessages.AmbiguousProfile
                    : null;
                if (problem is not null)
                {
                    _problems.Add(problem, part.At(nameof(ValidationInputAttribute.Profile)), part.ShortName, target ?? (object)names.Count);
                }
            }
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

        /// <summary>
        /// A list whose items are attributes: null without items, unless <paramref name="owner"/>'s
        /// <paramref name="emptyFlag"/> asks for <c>[]</c>. The flag next to items does nothing, and says so (AG0908).
        /// </summary>
        private List<T>? Items<T>(IEnumerable<T> items, AttributeArguments? owner, string emptyFlag, string list)
        {
            List<T> all = items.ToList();
            if (owner is not { } arguments || arguments.Boolean(emptyFlag) != true)
            {
                return all.Count == 0 ? null : all;
            }

            if (all.Count > 0)
            {
                _problems.Add(RuleMessages.EmptyListNotEmpty, arguments.At(emptyFlag), arguments.ShortName, emptyFlag, list);
            }

            return all;
        }

    }
}
