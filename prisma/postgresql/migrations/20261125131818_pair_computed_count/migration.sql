-- AlterTable
ALTER TABLE "TopicPair" ADD COLUMN     "computedCount" INTEGER;

