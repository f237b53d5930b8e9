using AlgorithmGen.CodeFixes.Infrastructure;
using AlgorithmGen.Model;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    /// <summary>The name rewrite targets the service model's own patterns (the code-fix assembly keeps copies of two).</summary>
    public class NamePatternSourceTests
    {
        [Fact]
        public void Entity_and_channel_patterns_are_the_service_models()
        {
            Assert.Equal(CreateAlgorithmRequest.Members.AlgorithmName.Pattern, NamePatterns.EntityPattern);
            Assert.Equal(AlgorithmValidationProfile.Members.ProfileName.Pattern, NamePatterns.EntityPattern);
            Assert.Equal(ModelPackageContainerDefinition.Members.ContainerHostname.Pattern, NamePatterns.EntityPattern);
            Assert.Equal(ChannelSpecification.Members.Name.Pattern, NamePatterns.ChannelPattern);
            Assert.Equal(AdditionalModelDataSource.Members.ChannelName.Pattern, NamePatterns.ChannelPattern);
        }
    }
}
