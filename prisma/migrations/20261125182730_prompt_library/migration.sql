-- CreateTable
CREATE TABLE "prompt" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploaded_by" TEXT NOT NULL,
    "uploaded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prompt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "prompt_sha256_key" ON "prompt"("sha256");

-- CreateIndex
CREATE INDEX "prompt_uploaded_at_idx" ON "prompt"("uploaded_at" DESC);

-- CreateIndex
CREATE INDEX "prompt_name_idx" ON "prompt"("name");

-- Audio does not compress: keep the bytes uncompressed, so substring() (a range request) reads only the pages it needs
ALTER TABLE "prompt" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
