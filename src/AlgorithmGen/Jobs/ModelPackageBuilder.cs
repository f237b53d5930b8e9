using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Jobs
{
    /// <summary>
    /// Builds a <c>CreateModelPackage</c> request for a model package made from a registered algorithm and the model
    /// artifacts of one of its training jobs (<c>SourceAlgorithmSpecification</c>), as the SageMaker Python SDK's
    /// <c>AlgorithmEstimator.create_model</c> does. A model whose container names the package then runs transform jobs
    /// and endpoints with the algorithm's inference specification, which the request is checked against
    /// (<see cref="JobValidator"/>): the algorithm must have one, and a validation profile's transform job must send
    /// content it accepts, ask for a response type it produces and run on an instance type it supports.
    /// </summary>
    public sealed class ModelPackageBuilder : RequestBuilder<ModelPackageBuilder, CreateModelPackageRequest>
    {
        private readonly InferenceSpecification? _inference;
        private readonly List<ModelPackageValidationProfile> _profiles = new List<ModelPackageValidationProfile>();
        private string _algorithmName;
        private string? _description;
        private string? _validationRole;
        private bool? _certifyForMarketplace;

        /// <summary>Starts a model package request for <paramref name="algorithm"/> with the model artifacts at <paramref name="modelDataUrl"/>.</summary>
        /// <param name="algorithm">The algorithm that trained the model.</param>
        /// <param name="modelPackageName">The package's name.</param>
        /// <param name="modelDataUrl">The S3 URL of the training job's <c>model.tar.gz</c> (<c>ModelArtifacts.S3ModelArtifacts</c>).</param>
        public ModelPackageBuilder(AlgorithmDefinition algorithm, string modelPackageName, string modelDataUrl)
            : base(Operations.CreateModelPackage, modelPackageName)
        {
            _inference = (algorithm ?? throw new ArgumentNullException(nameof(algorithm))).CreateRequest().InferenceSpecification;
            ModelPackageName = modelPackageName ?? throw new ArgumentNullException(nameof(modelPackageName));
            ModelDataUrl = modelDataUrl ?? throw new ArgumentNullException(nameof(modelDataUrl));
            _algorithmName = algorithm.AlgorithmName;
        }

        /// <summary>The package's name.</summary>
        public string ModelPackageName { get; }

        /// <summary>The model artifacts the package serves.</summary>
        public string ModelDataUrl { get; }

        /// <summary>
        /// The algorithm, by name or ARN, when it is registered under another name than declared (for example a
        /// versioned name). Default: the declared name.
        /// </summary>
        public ModelPackageBuilder Algorithm(string algorithmNameOrArn)
        {
            _algorithmName = algorithmNameOrArn ?? throw new ArgumentNullException(nameof(algorithmNameOrArn));
            return this;
        }

        /// <summary>The algorithm as <paramref name="registration"/> registered it: its ARN, else the name it was registered under.</summary>
        public ModelPackageBuilder Algorithm(AlgorithmRegistrationResult registration) =>
            Algorithm((registration ?? throw new ArgumentNullException(nameof(registration))).NameOrArn);

        /// <summary>The package's description (<c>ModelPackageDescription</c>).</summary>
        public ModelPackageBuilder Description(string description)
        {
            _description = description ?? throw new ArgumentNullException(nameof(description));
            return this;
        }

        /// <summary>
        /// A validation profile: SageMaker runs <paramref name="transformJob"/> on the package, assuming
        /// <paramref name="validationRole"/>, before the package is usable (<c>ValidationSpecification</c>). The
        /// transform job is checked against the algorithm's inference specification.
        /// </summary>
        public ModelPackageBuilder Validation(string validationRole, string profileName, TransformJobDefinition transformJob)
        {
            _validationRole = validationRole ?? throw new ArgumentNullException(nameof(validationRole));
            _profiles.RemoveAll(p => p.ProfileName == profileName);
            _profiles.Add(new ModelPackageValidationProfile
            {
                ProfileName = profileName ?? throw new ArgumentNullException(nameof(profileName)),
                TransformJobDefinition = transformJob ?? throw new ArgumentNullException(nameof(transformJob)),
            });
            return this;
        }

        /// <summary>Whether to list the package on AWS Marketplace (<c>CertifyForMarketplace</c>).</summary>
        public ModelPackageBuilder CertifyForMarketplace(bool certify = true)
        {
            _certifyForMarketplace = certify;
            return this;
        }

        /// <inheritdoc />
        private protected override CreateModelPackageRequest Compose() =>
            new CreateModelPackageRequest
            {
                ModelPackageName = ModelPackageName,
                ModelPackageDescription = _description,
                ValidationSpecification = _profiles.Count == 0 ? null : new ModelPackageValidationSpecification
                {
                    ValidationRole = _validationRole,
                    ValidationProfiles = new List<ModelPackageValidationProfile>(_profiles),
                },
                SourceAlgorithmSpecification = new SourceAlgorithmSpecification
                {
                    SourceAlgorithms = new List<SourceAlgorithm> { new SourceAlgorithm { ModelDataUrl = ModelDataUrl, AlgorithmName = _algorithmName } },
                },
                CertifyForMarketplace = _certifyForMarketplace,
                Tags = Tags,
            };

        /// <inheritdoc />
        private protected override IReadOnlyList<Violation> Check(CreateModelPackageRequest request) => JobValidator.Validate(request, _inference);

        /// <summary>Checks the request and creates the model package.</summary>
        /// <exception cref="JobValidationException">The request has errors; nothing was sent.</exception>
        /// <exception cref="SageMakerException">SageMaker refused the request or could not be reached.</exception>
        public Task<CreateModelPackageResponse> CreateAsync(SageMakerClient client, CancellationToken cancellationToken = default) =>
            SendAsync(client, (c, request, token) => c.CreateModelPackageAsync(request, token), cancellationToken);
    }
}
