using System;
using System.Collections.Generic;
using AlgorithmGen;
using AlgorithmGen.Client;
using AlgorithmGen.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers a project's SageMaker algorithms at application startup.</summary>
    public static class SageMakerAlgorithmsServiceCollectionExtensions
    {
        /// <summary>
        /// Adds a hosted service that registers <paramref name="algorithms"/> (typically
        /// <c>AlgorithmGen.Generated.AlgorithmCatalog.All</c>) with SageMaker when the host starts, idempotently and with
        /// retries, through an <see cref="System.Net.Http.IHttpClientFactory"/> client named
        /// <see cref="SageMakerClient.HttpClientName"/>, logging through <c>ILogger</c>. The outcome is available from
        /// the <see cref="AlgorithmRegistrationStatus"/> singleton.
        /// </summary>
        /// <example>
        /// <code>
        /// builder.Services.AddSageMakerAlgorithms(AlgorithmCatalog.All, options =&gt;
        /// {
        ///     options.Registration.Configure = request =&gt; request.TrainingSpecification!.TrainingImage = builder.Configuration["TrainingImage"];
        /// });
        /// </code>
        /// </example>
        public static IServiceCollection AddSageMakerAlgorithms(this IServiceCollection services, IEnumerable<AlgorithmDefinition> algorithms, Action<SageMakerAlgorithmsOptions>? configure = null)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            if (algorithms is null)
            {
                throw new ArgumentNullException(nameof(algorithms));
            }

            services.AddOptions<SageMakerAlgorithmsOptions>().Configure(options =>
            {
                foreach (AlgorithmDefinition algorithm in algorithms)
                {
                    options.Algorithms.Add(algorithm);
                }

                configure?.Invoke(options);
            });

            services.AddHttpClient(SageMakerClient.HttpClientName)
                // The client's retry pipeline owns timeouts; HttpClient's 100 s default would cut longer attempt timeouts.
                .ConfigureHttpClient(client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
                // The factory's trace logging prints header values (before Microsoft.Extensions.Http 9 unredacted):
                // Authorization and X-Amz-Security-Token must never reach a log.
                .RedactLoggedHeaders(_ => true);
            services.TryAddSingleton<AlgorithmRegistrationStatus>();
            services.AddHostedService<AlgorithmRegistrationHostedService>();
            return services;
        }
    }
}
