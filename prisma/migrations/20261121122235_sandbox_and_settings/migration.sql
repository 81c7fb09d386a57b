-- CreateTable
CREATE TABLE "sandbox_webhook" (
    "type" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "http_auth_header" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sandbox_webhook_pkey" PRIMARY KEY ("type")
);

-- CreateTable
CREATE TABLE "app_setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "encrypted" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_setting_pkey" PRIMARY KEY ("key")
);
