using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Internal.Endpoints.StandardLibrary;

namespace AlgorithmGen.Client
{
    /// <summary>
    /// What a <see cref="SageMakerClient"/> resolved: the region, the endpoint and where each came from. It holds no
    /// secret, so it can be logged as a whole.
    /// </summary>
    public sealed class SageMakerClientConfiguration
    {
        internal SageMakerClientConfiguration(
            string region, string regionSource, Uri endpoint, string endpointSource, string credentialsSource, SageMakerRetryMode retryMode, int maxAttempts, string retrySource)
        {
            Region = region;
            RegionSource = regionSource;
            Endpoint = endpoint;
            EndpointSource = endpointSource;
            CredentialsSource = credentialsSource;
            RetryMode = retryMode;
            MaxAttempts = maxAttempts;
            RetrySource = retrySource;
        }

        /// <summary>The region requests are signed for.</summary>
        public string Region { get; }

        /// <summary>Where <see cref="Region"/> came from: <c>options</c>, an environment variable's name, <c>profile NAME</c> or <c>AWS SDK region chain</c>.</summary>
        public string RegionSource { get; }

        /// <summary>The URL requests are sent to.</summary>
        public Uri Endpoint { get; }

        /// <summary>
        /// Where <see cref="Endpoint"/> came from: <c>options</c>, an environment variable's name, the profile's key, or
        /// <c>default</c> / <c>FIPS</c> / <c>dual-stack</c> / <c>FIPS dual-stack</c> for SageMaker's own endpoints.
        /// </summary>
        public string EndpointSource { get; }

        /// <summary>Which kind of credentials sign the requests (a type name of AWSSDK.Core, or <c>profile NAME</c>); never the keys.</summary>
        public string CredentialsSource { get; }

        /// <summary>The retry mode in force.</summary>
        public SageMakerRetryMode RetryMode { get; }

        /// <summary>Requests sent at most for one operation, the first included.</summary>
        public int MaxAttempts { get; }

        /// <summary>Where <see cref="RetryMode"/> and <see cref="MaxAttempts"/> came from (options, variables, profile keys or defaults).</summary>
        public string RetrySource { get; }

        /// <inheritdoc />
        public override string ToString() =>
            "region " + Region + " (" + RegionSource + "), endpoint " + Endpoint + " (" + EndpointSource + "), credentials " + CredentialsSource
            + ", retries " + RetryMode.ToString().ToLowerInvariant() + " with " + MaxAttempts + " attempt(s) (" + RetrySource + ")";
    }

    /// <summary>The retry mode and attempts in force, and where they came from.</summary>
    internal sealed class ResolvedRetry
    {
        public ResolvedRetry(SageMakerRetryMode mode, int maxAttempts, string source)
        {
            Mode = mode;
            MaxAttempts = maxAttempts;
            Source = source;
        }

        public SageMakerRetryMode Mode { get; }

        public int MaxAttempts { get; }

        public string Source { get; }
    }

    /// <summary>
    /// Resolves region, endpoint, retries and credentials once per client, the way the AWS CLI does: code first, then
    /// environment variables, then the selected profile of the shared config file, then AWSSDK.Core's chains.
    /// </summary>
    internal sealed class SageMakerSettings
    {
        /// <summary>The service-specific endpoint variable: <c>AWS_ENDPOINT_URL_</c> + the service id (<c>SageMaker</c>) in upper case.</summary>
        internal const string ServiceEndpointVariable = "AWS_ENDPOINT_URL_SAGEMAKER";
        internal const string GlobalEndpointVariable = "AWS_ENDPOINT_URL";
        internal const string IgnoreEndpointsVariable = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

        /// <summary>The service's key in a <c>[services]</c> section: its service id in lower case.</summary>
        private const string ServiceKey = "sagemaker";

        private SageMakerSettings(RegionEndpoint region, AWSCredentials credentials, ResolvedRetry retry, SageMakerClientConfiguration configuration)
        {
            Region = region;
            Credentials = credentials;
            Retry = retry;
            Configuration = configuration;
        }

        public RegionEndpoint Region { get; }

        public AWSCredentials Credentials { get; }

        public ResolvedRetry Retry { get; }

        public SageMakerClientConfiguration Configuration { get; }

        /// <exception cref="SageMakerConfigurationException">Something could not be resolved.</exception>
        public static async Task<SageMakerSettings> ResolveAsync(
            SageMakerClientOptions options,
            DefaultAWSCredentialsIdentityResolver credentialsChain,
            Func<string, string?> environment,
            CancellationToken cancellationToken)
        {
            Offline offline = ResolveOffline(options, environment);
            string? regionName = offline.RegionName;
            string regionSource = offline.RegionSource;
            if (regionName is null)
            {
                // Instance metadata, and whatever else AWSSDK.Core's chain knows beyond variables and the profile.
                regionSource = "AWS SDK region chain";
                regionName = FallbackRegionFactory.GetRegionEndpoint()?.SystemName;
                if (string.IsNullOrEmpty(regionName))
                {
                    throw new SageMakerConfigurationException(
                        "No AWS region is configured: set AWS_REGION, a region in the AWS profile, or SageMakerClientOptions.Region.", SageMakerConfigurationIssue.Missing);
                }

                CheckRegionName(regionName!, regionSource);
            }

            RegionEndpoint region = RegionEndpoint.GetBySystemName(regionName);
            (Uri endpoint, string endpointSource) = offline.ConfiguredEndpoint is { } configured
                ? (configured, offline.EndpointSource)
                : DefaultEndpoint(region.SystemName, offline.UseFips, offline.UseDualStack);
            (AWSCredentials credentials, string credentialsSource) = await ResolveCredentialsAsync(options, offline.Config, credentialsChain, environment, cancellationToken).ConfigureAwait(false);
            var configuration = new SageMakerClientConfiguration(
                region.SystemName, regionSource, endpoint, endpointSource, credentialsSource, offline.Retry.Mode, offline.Retry.MaxAttempts, offline.Retry.Source);
            return new SageMakerSettings(region, credentials, offline.Retry, configuration);
        }

        /// <summary>
        /// Everything that needs no network and no credentials: the profile, retries, a configured endpoint, the FIPS and
        /// dual-stack flags, and the region when code, a variable or the profile gives one. Every value present is checked.
        /// </summary>
        /// <exception cref="SageMakerConfigurationException">A value present is malformed.</exception>
        internal static Offline ResolveOffline(SageMakerClientOptions options, Func<string, string?> environment)
        {
            AwsSharedConfig config = AwsSharedConfig.Load(options.Profile, environment);
            ResolvedRetry retry = ResolveRetry(options.Retry, environment, config);
            (Uri? endpoint, string endpointSource) = ResolveConfiguredEndpoint(options, environment, config);
            bool fips = options.UseFipsEndpoint ?? Flag(environment, "AWS_USE_FIPS_ENDPOINT", config, "use_fips_endpoint");
            bool dualStack = options.UseDualStackEndpoint ?? Flag(environment, "AWS_USE_DUALSTACK_ENDPOINT", config, "use_dualstack_endpoint");
            (string? regionName, string regionSource) = ResolveRegionOffline(options, environment, config);
            if (regionName != null)
            {
                CheckRegionName(regionName, regionSource);
                if (endpoint is null)
                {
                    // A FIPS or dual-stack endpoint the region's partition lacks is a configuration error now, not a DNS failure later.
                    DefaultEndpoint(regionName, fips, dualStack);
                }
            }

            return new Offline(config, retry, endpoint, endpointSource, fips, dualStack, regionName, regionSource);
        }

        /// <summary>
        /// The endpoint set by code, a variable or the profile, or null when SageMaker's own endpoint applies, following the
        /// AWS SDKs' precedence: options, <c>AWS_ENDPOINT_URL_SAGEMAKER</c>, <c>AWS_ENDPOINT_URL</c>, the profile's
        /// services section, the profile's <c>endpoint_url</c>.
        /// </summary>
        internal static (Uri? Endpoint, string Source) ResolveConfiguredEndpoint(SageMakerClientOptions options, Func<string, string?> environment, AwsSharedConfig config)
        {
            if (options.EndpointUrl is { } explicitUrl)
            {
                return (CheckEndpoint(explicitUrl, "SageMakerClientOptions.EndpointUrl"), "options");
            }

            bool ignore = Flag(environment, IgnoreEndpointsVariable, config, "ignore_configured_endpoint_urls");
            if (ignore)
            {
                return (null, "default");
            }

            foreach (string variable in new[] { ServiceEndpointVariable, GlobalEndpointVariable })
            {
                if (environment(variable)?.Trim() is { Length: > 0 } value)
                {
                    return (ParseEndpoint(value, variable), variable);
                }
            }

            if (config.GetForService(ServiceKey, "endpoint_url") is { } serviceUrl)
            {
                string origin = config.DescribeForService(ServiceKey, "endpoint_url");
                return (ParseEndpoint(serviceUrl, origin), origin);
            }

            if (config.Get("endpoint_url") is { } profileUrl)
            {
                string origin = config.Describe("endpoint_url");
                return (ParseEndpoint(profileUrl, origin), origin);
            }

            return (null, "default");
        }

        /// <summary>
        /// SageMaker's own endpoint for a region, by the service's endpoint rules (botocore's
        /// <c>sagemaker/endpoint-rule-set-1.json</c>) over AWSSDK.Core's partition data.
        /// </summary>
        /// <exception cref="SageMakerConfigurationException">The region's partition has no FIPS or no dual-stack endpoints.</exception>
        internal static (Uri Endpoint, string Source) DefaultEndpoint(string region, bool fips, bool dualStack)
        {
            Partition partition = Fn.Partition(region);
            if ((fips && !partition.supportsFIPS) || (dualStack && !partition.supportsDualStack))
            {
                throw new SageMakerConfigurationException(
                    "The AWS partition " + partition.name + " of region " + region + " has no SageMaker " + (fips && !partition.supportsFIPS ? "FIPS" : "dual-stack")
                    + " endpoint: unset AWS_USE_" + (fips && !partition.supportsFIPS ? "FIPS" : "DUALSTACK") + "_ENDPOINT (or the profile's use_"
                    + (fips && !partition.supportsFIPS ? "fips" : "dualstack") + "_endpoint).");
            }

            string host = (fips, dualStack) switch
            {
                (true, true) => "api.sagemaker-fips." + region + "." + partition.dualStackDnsSuffix,
                // The commercial and GovCloud partitions name FIPS hosts api-fips.sagemaker; the others api.sagemaker-fips.
                (true, false) when partition.name == "aws" || partition.name == "aws-us-gov" => "api-fips.sagemaker." + region + ".amazonaws.com",
                (true, false) => "api.sagemaker-fips." + region + "." + partition.dnsSuffix,
                (false, true) => "api.sagemaker." + region + "." + partition.dualStackDnsSuffix,
                _ => "api.sagemaker." + region + "." + partition.dnsSuffix,
            };
            return (new Uri("https://" + host + "/"), fips && dualStack ? "FIPS dual-stack" : fips ? "FIPS" : dualStack ? "dual-stack" : "default");
        }

        internal static ResolvedRetry ResolveRetry(SageMakerRetryOptions options, Func<string, string?> environment, AwsSharedConfig config)
        {
            SageMakerRetryMode mode;
            string modeSource;
            if (options.Mode is { } fromOptions)
            {
                (mode, modeSource) = (fromOptions, "SageMakerRetryOptions.Mode");
            }
            else if (environment("AWS_RETRY_MODE")?.Trim() is { Length: > 0 } variable)
            {
                (mode, modeSource) = (ParseMode(variable, "AWS_RETRY_MODE"), "AWS_RETRY_MODE");
            }
            else if (config.Get("retry_mode") is { } key)
            {
                (mode, modeSource) = (ParseMode(key, config.Describe("retry_mode")), config.Describe("retry_mode"));
            }
            else
            {
                (mode, modeSource) = (SageMakerRetryMode.Standard, "default mode");
            }

            int attempts;
            string attemptsSource;
            if (options.MaxAttempts is { } attemptsFromOptions)
            {
                (attempts, attemptsSource) = (attemptsFromOptions, "SageMakerRetryOptions.MaxAttempts");
            }
            else if (environment("AWS_MAX_ATTEMPTS")?.Trim() is { Length: > 0 } variable)
            {
                (attempts, attemptsSource) = (ParseAttempts(variable, "AWS_MAX_ATTEMPTS"), "AWS_MAX_ATTEMPTS");
            }
            else if (config.Get("max_attempts") is { } key)
            {
                (attempts, attemptsSource) = (ParseAttempts(key, config.Describe("max_attempts")), config.Describe("max_attempts"));
            }
            else
            {
                (attempts, attemptsSource) = (mode == SageMakerRetryMode.Legacy ? 5 : 3, "default attempts");
            }

            return new ResolvedRetry(mode, attempts, modeSource + ", " + attemptsSource);
        }

        private static SageMakerRetryMode ParseMode(string value, string origin) => value.ToLowerInvariant() switch
        {
            "standard" => SageMakerRetryMode.Standard,
            "adaptive" => SageMakerRetryMode.Adaptive,
            "legacy" => SageMakerRetryMode.Legacy,
            _ => throw new SageMakerConfigurationException(origin + " must be standard, adaptive or legacy, not '" + value + "'."),
        };

        private static int ParseAttempts(string value, string origin) =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int attempts) && attempts >= 1
                ? attempts
                : throw new SageMakerConfigurationException(origin + " must be a whole number of attempts, 1 or more, not '" + value + "'.");

        /// <summary>A true/false setting: the variable, else the profile's key, else false. Any other value is an error.</summary>
        private static bool Flag(Func<string, string?> environment, string variable, AwsSharedConfig config, string key)
        {
            (string? value, string origin) = environment(variable)?.Trim() is { Length: > 0 } fromEnvironment
                ? (fromEnvironment, variable)
                : (config.Get(key), config.Describe(key));
            return value is null ? false
                : string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? true
                : string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) ? false
                : throw new SageMakerConfigurationException(origin + " must be true or false, not '" + value + "'.");
        }

        private static (string? Name, string Source) ResolveRegionOffline(SageMakerClientOptions options, Func<string, string?> environment, AwsSharedConfig config)
        {
            if (!string.IsNullOrWhiteSpace(options.Region))
            {
                return (options.Region!.Trim(), "options");
            }

            foreach (string variable in new[] { "AWS_REGION", "AWS_DEFAULT_REGION" })
            {
                if (environment(variable)?.Trim() is { Length: > 0 } value)
                {
                    return (value, variable);
                }
            }

            return config.Get("region") is { } fromProfile ? (fromProfile, "profile " + config.ProfileName) : (null, string.Empty);
        }

        /// <summary>Lower-case letters, digits and inner hyphens: the region becomes part of a host name and of the signing scope.</summary>
        private static void CheckRegionName(string name, string source)
        {
            bool valid = name.Length > 0 && name[0] != '-' && name[name.Length - 1] != '-';
            foreach (char c in name)
            {
                valid &= (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            }

            if (!valid)
            {
                throw new SageMakerConfigurationException("'" + name + "' (" + source + ") is not an AWS region name such as us-east-1.");
            }
        }

        private static Uri ParseEndpoint(string value, string origin)
        {
            // Uri accepts "http://host:notaport" only as a failure; checking here names the setting instead of a DNS error later.
            if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? url))
            {
                throw new SageMakerConfigurationException(origin + " is not a valid URL: '" + value + "'. Set it to the endpoint's URL, such as https://api.sagemaker.us-east-1.amazonaws.com, or unset it.");
            }

            return CheckEndpoint(url, origin);
        }

        private static Uri CheckEndpoint(Uri url, string origin)
        {
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || url.Host.Length == 0)
            {
                throw new SageMakerConfigurationException(origin + " must be an http or https URL: '" + url + "'.");
            }

            return url;
        }

        private static bool ProfileHasCredentials(AwsSharedConfig config) =>
            new CredentialProfileStoreChain().TryGetProfile(config.ProfileName, out _);

        private static async Task<(AWSCredentials Credentials, string Source)> ResolveCredentialsAsync(
            SageMakerClientOptions options, AwsSharedConfig config, DefaultAWSCredentialsIdentityResolver credentialsChain, Func<string, string?> environment, CancellationToken cancellationToken)
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
                        // Missing rather than malformed: a profile named in code is often one only some machines have.
                        throw new SageMakerConfigurationException(
                            (config.ProfileFound || ProfileHasCredentials(config)
                                ? "The AWS profile '" + options.Profile + "' (SageMakerClientOptions.Profile) has no usable credentials"
                                : "The AWS profile '" + options.Profile + "' (SageMakerClientOptions.Profile) is in neither " + config.CredentialsFile + " nor " + config.ConfigFile)
                            + ": add aws_access_key_id and aws_secret_access_key, or an SSO, role or credential_process setting, to it.",
                            SageMakerConfigurationIssue.Missing);
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
                // AWSSDK.Core's message lists every provider's own failure, some unrelated to the user's setup (a web
                // identity token path when none is set): say what was looked for instead, and keep its text for Debug.
                throw new SageMakerConfigurationException(
                    options.Credentials != null ? "The credentials of SageMakerClientOptions.Credentials cannot be used: " + exception.Message.Trim() : NoCredentialsMessage(options, config, environment),
                    SageMakerConfigurationIssue.Missing,
                    exception);
            }

            return (credentials, source);
        }

        /// <summary>What AWSSDK.Core's default chain (or the profile named in code) looked for, in its order, and what to set.</summary>
        internal static string NoCredentialsMessage(SageMakerClientOptions options, AwsSharedConfig config, Func<string, string?> environment)
        {
            if (!string.IsNullOrEmpty(options.Profile))
            {
                return "No AWS credentials could be resolved from profile '" + options.Profile + "' (SageMakerClientOptions.Profile) in " + config.CredentialsFile + " or " + config.ConfigFile
                    + ": add aws_access_key_id and aws_secret_access_key, or an SSO, role or credential_process setting, or run aws sso login.";
            }

            bool Set(string name) => environment(name)?.Trim() is { Length: > 0 };
            var looked = new List<string>
            {
                "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (" + (Set("AWS_ACCESS_KEY_ID") || Set("AWS_SECRET_ACCESS_KEY") ? "only one is set" : "not set") + ")",
                "AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN (" + (Set("AWS_WEB_IDENTITY_TOKEN_FILE") ? "set, but the token could not be used" : "not set") + ")",
                "profile '" + config.ProfileName + "' (" + (config.ProfileSource == "default" ? "default" : "from " + config.ProfileSource) + ") in " + config.CredentialsFile + " and " + config.ConfigFile
                    + " (" + (config.ProfileFound || ProfileHasCredentials(config) ? "found, but without usable credentials" : "not found") + ")",
                "container credentials AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or _FULL_URI ("
                    + (Set("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") || Set("AWS_CONTAINER_CREDENTIALS_FULL_URI") ? "set, but unreachable" : "not set") + ")",
                "EC2 instance metadata (" + (string.Equals(environment("AWS_EC2_METADATA_DISABLED")?.Trim(), "true", StringComparison.OrdinalIgnoreCase) ? "disabled by AWS_EC2_METADATA_DISABLED" : "not reachable") + ")",
            };
            return "No AWS credentials found. Looked for, in order: " + string.Join("; ", looked)
                + ". Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE to a profile with credentials (aws configure, or aws sso login).";
        }

        /// <summary>The settings resolved without network or credentials.</summary>
        internal sealed class Offline
        {
            public Offline(AwsSharedConfig config, ResolvedRetry retry, Uri? configuredEndpoint, string endpointSource, bool useFips, bool useDualStack, string? regionName, string regionSource)
            {
                Config = config;
                Retry = retry;
                ConfiguredEndpoint = configuredEndpoint;
                EndpointSource = endpointSource;
                UseFips = useFips;
                UseDualStack = useDualStack;
                RegionName = regionName;
                RegionSource = regionSource;
            }

            public AwsSharedConfig Config { get; }

            public ResolvedRetry Retry { get; }

            public Uri? ConfiguredEndpoint { get; }

            public string EndpointSource { get; }

            public bool UseFips { get; }

            public bool UseDualStack { get; }

            public string? RegionName { get; }

            public string RegionSource { get; }
        }
    }
}
