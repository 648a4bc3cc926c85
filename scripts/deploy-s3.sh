#!/usr/bin/env bash
# Uploads build/ to the Amazon S3 + CloudFront host of deploy/cloudfront.template.json (README, "Deploy").
# Usage: scripts/deploy-s3.sh STACK_NAME, after `SITE_URL=https://… npm run build`, with the AWS CLI v2 signed
# in to the stack's account. Cache-Control comes from deploy/headers.json: hashed assets immutable, everything
# else (pages, search indexes, sitemap, images) revalidated.
set -euo pipefail
cd "$(dirname "$0")/.."

stack=${1:?usage: scripts/deploy-s3.sh STACK_NAME}
if [ ! -f build/index.html ] || [ ! -f build/en/index.html ]; then
  echo 'No complete build: run `SITE_URL=https://… npm run build` first.' >&2
  exit 1
fi
# The stack must run the template of these headers (npm run deploy:template, then aws cloudformation deploy).
node scripts/cloudfront-template.mjs --check

output() {
  aws cloudformation describe-stacks --stack-name "$stack" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue" --output text
}
site_bucket=$(output SiteBucketName)
english_bucket=$(output EnglishBucketName)
distribution_id=$(output DistributionId)

cache_control() {
  node --input-type=module \
    -e "import {headersFor, loadHeaders} from './deploy/headers.mjs'; console.log(headersFor(loadHeaders(), '$1')['Cache-Control'])"
}
immutable=$(cache_control /assets/js/main.js)
revalidated=$(cache_control /index.html)

# 1. Hashed assets first, so that no page already online names a file not uploaded yet. Old ones are kept for
#    readers whose pages are older than this upload (they are small; prune them now and then).
aws s3 sync build/assets "s3://$site_bucket/assets" --cache-control "$immutable"
aws s3 sync build/en/assets "s3://$english_bucket/en/assets" --cache-control "$immutable"

# 2. Then everything else, revalidated on every use; files gone from the build are deleted. The English pages
#    go to their own bucket under the same en/ keys (see the template's comments on the localized 404).
aws s3 sync build "s3://$site_bucket" --exclude 'assets/*' --exclude 'en/*' --cache-control "$revalidated" --delete
aws s3 sync build/en "s3://$english_bucket/en" --exclude 'assets/*' --cache-control "$revalidated" --delete

# 3. CloudFront's edge caches keep copies by their own TTL: drop them (hashed assets never change).
aws cloudfront create-invalidation --distribution-id "$distribution_id" --paths '/*' --query Invalidation.Id --output text
