using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;

namespace AlgorithmGen.Client
{
    /// <summary>
    /// What a <see cref="SageMakerClient"/> resolved: the region, the endpoint and where each came from. It holds no
    /// secret, so it can be logged as a whole.
    /// </summary>
    public sealed class SageMakerClientConfiguration
    {
        internal SageMakerClientConfiguration(string region, string regionSource, Uri endpoint, string endpointSource, string credentialsSource)
        {
            Region = region;
            RegionSource = regionSource;
            Endpoint = endpoint;
            EndpointSource = endpointSource;
            CredentialsSource = credentialsSource;
        }

        /// <summary>The region requests are signed for.</summary>
        public string Region { get; }

        /// <summary>Where <see cref="Region"/> came from: <c>options</c> or <c>AWS SDK region chain</c>.</summary>
        public string RegionSource { get; }

        /// <summary>The URL requests are sent to.</summary>
        public Uri Endpoint { get; }

        /// <summary>Where <see cref="Endpoint"/> came from: <c>options</c>, an environment variable's name, or <c>default</c>.</summary>
        public string EndpointSource { get; }

        /// <summary>Which kind of credentials sign the requests (a type name of AWSSDK.Core, or <c>profile NAME</c>); never the keys.</summary>
        public string CredentialsSource { get; }

        /// <inheritdoc />
        public override string ToString() =>
            "region " + Region + " (" + RegionSource + "), endpoint " + Endpoint + " (" + EndpointSource + "), credentials " + CredentialsSource;
    }

    /// <summary>Resolves region, endpoint and credentials once per client, the way the AWS SDKs do.</summary>
    internal sealed class SageMakerSettings
    {
        /// <summary>The service-specific endpoint variable: <c>AWS_ENDPOINT_URL_</c> + the service id (<c>SageMaker</c>) in upper case.</summary>
        internal const string ServiceEndpointVariable = "AWS_ENDPOINT_URL_SAGEMAKER";
        internal const string GlobalEndpointVariable = "AWS_ENDPOINT_URL";
        internal const string IgnoreEndpointsVariable = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

        private SageMakerSettings(RegionEndpoint region, AWSCredentials credentials, SageMakerClientConfiguration configuration)
        {
            Region = region;
            Credentials = credentials;
            Configuration = configuration;
        }

        public RegionEndpoint Region { get; }

        public AWSCredentials Credentials { get; }

        public SageMakerClientConfiguration Configuration { get; }

        /// <exception cref="SageMakerConfigurationException">Something could not be resolved.</exception>
        public static async Task<SageMakerSettings> ResolveAsync(
            SageMakerClientOptions options,
            DefaultAWSCredentialsIdentityResolver credentialsChain,
            Func<string, string?> environment,
            CancellationToken cancellationToken)
        {
            string regionSource = "options";
            string? regionName = options.Region;
            if (string.IsNullOrEmpty(regionName))
            {
                regionSource = "AWS SDK region chain";
                regionName = FallbackRegionFactory.GetRegionEndpoint()?.SystemName;
            }

            if (string.IsNullOrEmpty(regionName))
            {
                throw new SageMakerConfigurationException(
                    "No AWS region is configured: set AWS_REGION, a region in the AWS profile, or SageMakerClientOptions.Region.");
            }

            if (!IsRegionName(regionName!))
            {
                throw new SageMakerConfigurationException("'" + regionName + "' (" + regionSource + ") is not an AWS region name such as us-east-1.");
            }

            RegionEndpoint region = RegionEndpoint.GetBySystemName(regionName);
            (Uri endpoint, string endpointSource) = ResolveEndpoint(options, region, environment);
            (AWSCredentials credentials, string credentialsSource) = await ResolveCredentialsAsync(options, credentialsChain, cancellationToken).ConfigureAwait(false);
            return new SageMakerSettings(region, credentials, new SageMakerClientConfiguration(region.SystemName, regionSource, endpoint, endpointSource, credentialsSource));
        }

        internal static (Uri Endpoint, string Source) ResolveEndpoint(SageMakerClientOptions options, RegionEndpoint region, Func<string, string?> environment)
        {
            if (options.EndpointUrl is { } explicitUrl)
            {
                return (CheckEndpoint(explicitUrl, "SageMakerClientOptions.EndpointUrl"), "options");
            }

            if (!string.Equals(environment(IgnoreEndpointsVariable)?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                foreach (string variable in new[] { ServiceEndpointVariable, GlobalEndpointVariable })
                {
                    string? value = environment(variable)?.Trim();
                    if (!string.IsNullOrEmpty(value))
                    {
                        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? url))
                        {
                            throw new SageMakerConfigurationException(variable + " is not an absolute URL: '" + value + "'.");
                        }

                        return (CheckEndpoint(url, variable), variable);
                    }
                }
            }

            // The service model's endpoint prefix is "api.sagemaker"; China and other partitions have their own DNS suffix.
            return (new Uri("https://api.sagemaker." + region.SystemName + "." + region.PartitionDnsSuffix + "/"), "default");
        }

        /// <summary>Lower-case letters, digits and inner hyphens: the region becomes part of a host name and of the signing scope.</summary>
        private static bool IsRegionName(string name)
        {
            if (name.Length == 0 || name[0] == '-' || name[name.Length - 1] == '-')
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }

        private static Uri CheckEndpoint(Uri url, string origin)
        {
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                throw new SageMakerConfigurationException(origin + " must be an http or https URL: '" + url + "'.");
            }

            return url;
        }

        private static async Task<(AWSCredentials Credentials, string Source)> ResolveCredentialsAsync(
            SageMakerClientOptions options, DefaultAWSCredentialsIdentityResolver credentialsChain, CancellationToken cancellationToken)
        {
            AWSCredentials credentials;
            string source;
            try
            {
                if (options.Credentials != null)
                {
                    credentials = options.Credentials;
                    source = credentials.GetType().Name + " (options)";
                }
                else if (!string.IsNullOrEmpty(options.Profile))
                {
                    if (!new CredentialProfileStoreChain().TryGetAWSCredentials(options.Profile, out credentials))
                    {
                        throw new SageMakerConfigurationException("The AWS profile '" + options.Profile + "' was not found in the shared config or credentials files.");
                    }

                    source = "profile " + options.Profile;
                }
                else
                {
                    // A null client config makes the chain honour AWS_PROFILE and fall back to "default", like the CLI.
                    credentials = await credentialsChain.ResolveIdentityAsync(null!, cancellationToken).ConfigureAwait(false);
                    source = credentials.GetType().Name;
                }

                // Fetch the keys now (an SSO or assume-role profile may need a login or a call), so a probe reports it.
                await credentials.GetCredentialsAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is AmazonClientException || exception is AmazonServiceException)
            {
                // AWSSDK.Core's message lists what each provider lacked; it never contains key material.
                throw new SageMakerConfigurationException("No AWS credentials could be resolved. " + exception.Message.Trim(), exception);
            }

            return (credentials, source);
        }
    }
}
