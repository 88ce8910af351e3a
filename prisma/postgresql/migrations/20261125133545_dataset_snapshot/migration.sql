-- AlterTable
ALTER TABLE "DatasetVersion" ADD COLUMN     "snapshot" TEXT NOT NULL DEFAULT '';

