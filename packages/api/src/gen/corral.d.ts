import * as $protobuf from "protobufjs";
import Long = require("long");
import { io, containerd, google, ttrpc } from "./proto.js";

export namespace corral {

    namespace v1 {

        interface ISubscribeRequest extends corral.v1.SubscribeRequest.$Properties {
        }

        class SubscribeRequest {
            constructor(properties?: corral.v1.SubscribeRequest.$Properties);
            $unknowns?: Uint8Array[];
            filters: string[];
            sinceSequence: Long;
            sinceTime: Long;
            static create(properties: corral.v1.SubscribeRequest.$Shape): corral.v1.SubscribeRequest & corral.v1.SubscribeRequest.$Shape;
            static create(properties?: corral.v1.SubscribeRequest.$Properties): corral.v1.SubscribeRequest;
            static encode(message: corral.v1.SubscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.SubscribeRequest & corral.v1.SubscribeRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.SubscribeRequest;
            static toObject(message: corral.v1.SubscribeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscribeRequest {
            interface $Properties {
                filters?: (string[]|null);
                sinceSequence?: (Long|null);
                sinceTime?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.SubscribeRequest.$Properties;
        }

        interface ISubscribeEnd extends corral.v1.SubscribeEnd.$Properties {
        }

        class SubscribeEnd {
            constructor(properties?: corral.v1.SubscribeEnd.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.SubscribeEnd.$Shape): corral.v1.SubscribeEnd & corral.v1.SubscribeEnd.$Shape;
            static create(properties?: corral.v1.SubscribeEnd.$Properties): corral.v1.SubscribeEnd;
            static encode(message: corral.v1.SubscribeEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.SubscribeEnd & corral.v1.SubscribeEnd.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.SubscribeEnd;
            static toObject(message: corral.v1.SubscribeEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscribeEnd {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.SubscribeEnd.$Properties;
        }

        interface IEvent extends corral.v1.Event.$Properties {
        }

        class Event {
            constructor(properties?: corral.v1.Event.$Properties);
            $unknowns?: Uint8Array[];
            sequence: Long;
            timestamp: Long;
            namespace: string;
            topic: string;
            event?: (google.protobuf.Any.$Properties|null);
            static create(properties: corral.v1.Event.$Shape): corral.v1.Event & corral.v1.Event.$Shape;
            static create(properties?: corral.v1.Event.$Properties): corral.v1.Event;
            static encode(message: corral.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.Event & corral.v1.Event.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.Event;
            static toObject(message: corral.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {
            interface $Properties {
                sequence?: (Long|null);
                timestamp?: (Long|null);
                namespace?: (string|null);
                topic?: (string|null);
                event?: (google.protobuf.Any.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.Event.$Properties;
        }

        interface IContainerCreate extends corral.v1.ContainerCreate.$Properties {
        }

        class ContainerCreate {
            constructor(properties?: corral.v1.ContainerCreate.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            name: string;
            image: string;
            runtimeHandler: string;
            labels: { [k: string]: string };
            static create(properties: corral.v1.ContainerCreate.$Shape): corral.v1.ContainerCreate & corral.v1.ContainerCreate.$Shape;
            static create(properties?: corral.v1.ContainerCreate.$Properties): corral.v1.ContainerCreate;
            static encode(message: corral.v1.ContainerCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerCreate & corral.v1.ContainerCreate.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerCreate;
            static toObject(message: corral.v1.ContainerCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerCreate {
            interface $Properties {
                id?: (string|null);
                name?: (string|null);
                image?: (string|null);
                runtimeHandler?: (string|null);
                labels?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerCreate.$Properties;
        }

        interface IContainerUpdate extends corral.v1.ContainerUpdate.$Properties {
        }

        class ContainerUpdate {
            constructor(properties?: corral.v1.ContainerUpdate.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            name: string;
            reason: string;
            message: string;
            static create(properties: corral.v1.ContainerUpdate.$Shape): corral.v1.ContainerUpdate & corral.v1.ContainerUpdate.$Shape;
            static create(properties?: corral.v1.ContainerUpdate.$Properties): corral.v1.ContainerUpdate;
            static encode(message: corral.v1.ContainerUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerUpdate & corral.v1.ContainerUpdate.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerUpdate;
            static toObject(message: corral.v1.ContainerUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerUpdate {
            interface $Properties {
                id?: (string|null);
                name?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerUpdate.$Properties;
        }

        interface IContainerDelete extends corral.v1.ContainerDelete.$Properties {
        }

        class ContainerDelete {
            constructor(properties?: corral.v1.ContainerDelete.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            name: string;
            static create(properties: corral.v1.ContainerDelete.$Shape): corral.v1.ContainerDelete & corral.v1.ContainerDelete.$Shape;
            static create(properties?: corral.v1.ContainerDelete.$Properties): corral.v1.ContainerDelete;
            static encode(message: corral.v1.ContainerDelete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerDelete & corral.v1.ContainerDelete.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerDelete;
            static toObject(message: corral.v1.ContainerDelete, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerDelete {
            interface $Properties {
                id?: (string|null);
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerDelete.$Properties;
        }

        interface IImageCreate extends corral.v1.ImageCreate.$Properties {
        }

        class ImageCreate {
            constructor(properties?: corral.v1.ImageCreate.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            id: string;
            static create(properties: corral.v1.ImageCreate.$Shape): corral.v1.ImageCreate & corral.v1.ImageCreate.$Shape;
            static create(properties?: corral.v1.ImageCreate.$Properties): corral.v1.ImageCreate;
            static encode(message: corral.v1.ImageCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageCreate & corral.v1.ImageCreate.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageCreate;
            static toObject(message: corral.v1.ImageCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageCreate {
            interface $Properties {
                name?: (string|null);
                id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageCreate.$Properties;
        }

        interface IImageUpdate extends corral.v1.ImageUpdate.$Properties {
        }

        class ImageUpdate {
            constructor(properties?: corral.v1.ImageUpdate.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            reason: string;
            message: string;
            size: Long;
            durationNs: Long;
            static create(properties: corral.v1.ImageUpdate.$Shape): corral.v1.ImageUpdate & corral.v1.ImageUpdate.$Shape;
            static create(properties?: corral.v1.ImageUpdate.$Properties): corral.v1.ImageUpdate;
            static encode(message: corral.v1.ImageUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageUpdate & corral.v1.ImageUpdate.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageUpdate;
            static toObject(message: corral.v1.ImageUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageUpdate {
            interface $Properties {
                name?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                size?: (Long|null);
                durationNs?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageUpdate.$Properties;
        }

        interface IImageDelete extends corral.v1.ImageDelete.$Properties {
        }

        class ImageDelete {
            constructor(properties?: corral.v1.ImageDelete.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            static create(properties: corral.v1.ImageDelete.$Shape): corral.v1.ImageDelete & corral.v1.ImageDelete.$Shape;
            static create(properties?: corral.v1.ImageDelete.$Properties): corral.v1.ImageDelete;
            static encode(message: corral.v1.ImageDelete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageDelete & corral.v1.ImageDelete.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageDelete;
            static toObject(message: corral.v1.ImageDelete, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageDelete {
            interface $Properties {
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageDelete.$Properties;
        }

        interface IImage extends corral.v1.Image.$Properties {
        }

        class Image {
            constructor(properties?: corral.v1.Image.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            repoTags: string[];
            repoDigests: string[];
            size: Long;
            user: string;
            createdAt: Long;
            labels: { [k: string]: string };
            static create(properties: corral.v1.Image.$Shape): corral.v1.Image & corral.v1.Image.$Shape;
            static create(properties?: corral.v1.Image.$Properties): corral.v1.Image;
            static encode(message: corral.v1.Image.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.Image & corral.v1.Image.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.Image;
            static toObject(message: corral.v1.Image, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Image {
            interface $Properties {
                id?: (string|null);
                repoTags?: (string[]|null);
                repoDigests?: (string[]|null);
                size?: (Long|null);
                user?: (string|null);
                createdAt?: (Long|null);
                labels?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.Image.$Properties;
        }

        interface IImageFilter extends corral.v1.ImageFilter.$Properties {
        }

        class ImageFilter {
            constructor(properties?: corral.v1.ImageFilter.$Properties);
            $unknowns?: Uint8Array[];
            image?: (corral.v1.ImageSpec.$Properties|null);
            static create(properties: corral.v1.ImageFilter.$Shape): corral.v1.ImageFilter & corral.v1.ImageFilter.$Shape;
            static create(properties?: corral.v1.ImageFilter.$Properties): corral.v1.ImageFilter;
            static encode(message: corral.v1.ImageFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageFilter & corral.v1.ImageFilter.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageFilter;
            static toObject(message: corral.v1.ImageFilter, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageFilter {
            interface $Properties {
                image?: (corral.v1.ImageSpec.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageFilter.$Properties;
        }

        interface IListImagesRequest extends corral.v1.ListImagesRequest.$Properties {
        }

        class ListImagesRequest {
            constructor(properties?: corral.v1.ListImagesRequest.$Properties);
            $unknowns?: Uint8Array[];
            filter?: (corral.v1.ImageFilter.$Properties|null);
            static create(properties: corral.v1.ListImagesRequest.$Shape): corral.v1.ListImagesRequest & corral.v1.ListImagesRequest.$Shape;
            static create(properties?: corral.v1.ListImagesRequest.$Properties): corral.v1.ListImagesRequest;
            static encode(message: corral.v1.ListImagesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListImagesRequest & corral.v1.ListImagesRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListImagesRequest;
            static toObject(message: corral.v1.ListImagesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListImagesRequest {
            interface $Properties {
                filter?: (corral.v1.ImageFilter.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListImagesRequest.$Properties;
        }

        interface IListImagesResponse extends corral.v1.ListImagesResponse.$Properties {
        }

        class ListImagesResponse {
            constructor(properties?: corral.v1.ListImagesResponse.$Properties);
            $unknowns?: Uint8Array[];
            images: corral.v1.Image.$Properties[];
            static create(properties: corral.v1.ListImagesResponse.$Shape): corral.v1.ListImagesResponse & corral.v1.ListImagesResponse.$Shape;
            static create(properties?: corral.v1.ListImagesResponse.$Properties): corral.v1.ListImagesResponse;
            static encode(message: corral.v1.ListImagesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListImagesResponse & corral.v1.ListImagesResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListImagesResponse;
            static toObject(message: corral.v1.ListImagesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListImagesResponse {
            interface $Properties {
                images?: (corral.v1.Image.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListImagesResponse.$Properties;
        }

        interface IImageStatusRequest extends corral.v1.ImageStatusRequest.$Properties {
        }

        class ImageStatusRequest {
            constructor(properties?: corral.v1.ImageStatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            image?: (corral.v1.ImageSpec.$Properties|null);
            verbose: boolean;
            static create(properties: corral.v1.ImageStatusRequest.$Shape): corral.v1.ImageStatusRequest & corral.v1.ImageStatusRequest.$Shape;
            static create(properties?: corral.v1.ImageStatusRequest.$Properties): corral.v1.ImageStatusRequest;
            static encode(message: corral.v1.ImageStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageStatusRequest & corral.v1.ImageStatusRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageStatusRequest;
            static toObject(message: corral.v1.ImageStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageStatusRequest {
            interface $Properties {
                image?: (corral.v1.ImageSpec.$Properties|null);
                verbose?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageStatusRequest.$Properties;
        }

        interface IImageStatusResponse extends corral.v1.ImageStatusResponse.$Properties {
        }

        class ImageStatusResponse {
            constructor(properties?: corral.v1.ImageStatusResponse.$Properties);
            $unknowns?: Uint8Array[];
            image?: (corral.v1.Image.$Properties|null);
            info: { [k: string]: string };
            static create(properties: corral.v1.ImageStatusResponse.$Shape): corral.v1.ImageStatusResponse & corral.v1.ImageStatusResponse.$Shape;
            static create(properties?: corral.v1.ImageStatusResponse.$Properties): corral.v1.ImageStatusResponse;
            static encode(message: corral.v1.ImageStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageStatusResponse & corral.v1.ImageStatusResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageStatusResponse;
            static toObject(message: corral.v1.ImageStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageStatusResponse {
            interface $Properties {
                image?: (corral.v1.Image.$Properties|null);
                info?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageStatusResponse.$Properties;
        }

        interface IAuthConfig extends corral.v1.AuthConfig.$Properties {
        }

        class AuthConfig {
            constructor(properties?: corral.v1.AuthConfig.$Properties);
            $unknowns?: Uint8Array[];
            username: string;
            password: string;
            auth: string;
            serverAddress: string;
            identityToken: string;
            registryToken: string;
            static create(properties: corral.v1.AuthConfig.$Shape): corral.v1.AuthConfig & corral.v1.AuthConfig.$Shape;
            static create(properties?: corral.v1.AuthConfig.$Properties): corral.v1.AuthConfig;
            static encode(message: corral.v1.AuthConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.AuthConfig & corral.v1.AuthConfig.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.AuthConfig;
            static toObject(message: corral.v1.AuthConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthConfig {
            interface $Properties {
                username?: (string|null);
                password?: (string|null);
                auth?: (string|null);
                serverAddress?: (string|null);
                identityToken?: (string|null);
                registryToken?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.AuthConfig.$Properties;
        }

        interface IPullImageRequest extends corral.v1.PullImageRequest.$Properties {
        }

        class PullImageRequest {
            constructor(properties?: corral.v1.PullImageRequest.$Properties);
            $unknowns?: Uint8Array[];
            image?: (corral.v1.ImageSpec.$Properties|null);
            auth?: (corral.v1.AuthConfig.$Properties|null);
            ignoreBackoff: boolean;
            static create(properties: corral.v1.PullImageRequest.$Shape): corral.v1.PullImageRequest & corral.v1.PullImageRequest.$Shape;
            static create(properties?: corral.v1.PullImageRequest.$Properties): corral.v1.PullImageRequest;
            static encode(message: corral.v1.PullImageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.PullImageRequest & corral.v1.PullImageRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.PullImageRequest;
            static toObject(message: corral.v1.PullImageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PullImageRequest {
            interface $Properties {
                image?: (corral.v1.ImageSpec.$Properties|null);
                auth?: (corral.v1.AuthConfig.$Properties|null);
                ignoreBackoff?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.PullImageRequest.$Properties;
        }

        interface IPullImageResponse extends corral.v1.PullImageResponse.$Properties {
        }

        class PullImageResponse {
            constructor(properties?: corral.v1.PullImageResponse.$Properties);
            $unknowns?: Uint8Array[];
            imageRef: string;
            static create(properties: corral.v1.PullImageResponse.$Shape): corral.v1.PullImageResponse & corral.v1.PullImageResponse.$Shape;
            static create(properties?: corral.v1.PullImageResponse.$Properties): corral.v1.PullImageResponse;
            static encode(message: corral.v1.PullImageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.PullImageResponse & corral.v1.PullImageResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.PullImageResponse;
            static toObject(message: corral.v1.PullImageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PullImageResponse {
            interface $Properties {
                imageRef?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.PullImageResponse.$Properties;
        }

        interface IPullProgress extends corral.v1.PullProgress.$Properties {
        }

        class PullProgress {
            constructor(properties?: corral.v1.PullProgress.$Properties);
            $unknowns?: Uint8Array[];
            ref: string;
            digest: string;
            kind: string;
            index: number;
            total: Long;
            done: Long;
            bytesPerSecond: Long;
            status: string;
            static create(properties: corral.v1.PullProgress.$Shape): corral.v1.PullProgress & corral.v1.PullProgress.$Shape;
            static create(properties?: corral.v1.PullProgress.$Properties): corral.v1.PullProgress;
            static encode(message: corral.v1.PullProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.PullProgress & corral.v1.PullProgress.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.PullProgress;
            static toObject(message: corral.v1.PullProgress, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PullProgress {
            interface $Properties {
                ref?: (string|null);
                digest?: (string|null);
                kind?: (string|null);
                index?: (number|null);
                total?: (Long|null);
                done?: (Long|null);
                bytesPerSecond?: (Long|null);
                status?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.PullProgress.$Properties;
        }

        interface IRemoveImageRequest extends corral.v1.RemoveImageRequest.$Properties {
        }

        class RemoveImageRequest {
            constructor(properties?: corral.v1.RemoveImageRequest.$Properties);
            $unknowns?: Uint8Array[];
            image?: (corral.v1.ImageSpec.$Properties|null);
            force: boolean;
            static create(properties: corral.v1.RemoveImageRequest.$Shape): corral.v1.RemoveImageRequest & corral.v1.RemoveImageRequest.$Shape;
            static create(properties?: corral.v1.RemoveImageRequest.$Properties): corral.v1.RemoveImageRequest;
            static encode(message: corral.v1.RemoveImageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.RemoveImageRequest & corral.v1.RemoveImageRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.RemoveImageRequest;
            static toObject(message: corral.v1.RemoveImageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveImageRequest {
            interface $Properties {
                image?: (corral.v1.ImageSpec.$Properties|null);
                force?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.RemoveImageRequest.$Properties;
        }

        interface IRemoveImageResponse extends corral.v1.RemoveImageResponse.$Properties {
        }

        class RemoveImageResponse {
            constructor(properties?: corral.v1.RemoveImageResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.RemoveImageResponse.$Shape): corral.v1.RemoveImageResponse & corral.v1.RemoveImageResponse.$Shape;
            static create(properties?: corral.v1.RemoveImageResponse.$Properties): corral.v1.RemoveImageResponse;
            static encode(message: corral.v1.RemoveImageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.RemoveImageResponse & corral.v1.RemoveImageResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.RemoveImageResponse;
            static toObject(message: corral.v1.RemoveImageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveImageResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.RemoveImageResponse.$Properties;
        }

        interface IImportImageRequest extends corral.v1.ImportImageRequest.$Properties {
        }

        class ImportImageRequest {
            constructor(properties?: corral.v1.ImportImageRequest.$Properties);
            $unknowns?: Uint8Array[];
            format: string;
            name: string;
            static create(properties: corral.v1.ImportImageRequest.$Shape): corral.v1.ImportImageRequest & corral.v1.ImportImageRequest.$Shape;
            static create(properties?: corral.v1.ImportImageRequest.$Properties): corral.v1.ImportImageRequest;
            static encode(message: corral.v1.ImportImageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImportImageRequest & corral.v1.ImportImageRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImportImageRequest;
            static toObject(message: corral.v1.ImportImageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImportImageRequest {
            interface $Properties {
                format?: (string|null);
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImportImageRequest.$Properties;
        }

        interface IImportChunk extends corral.v1.ImportChunk.$Properties {
        }

        class ImportChunk {
            constructor(properties?: corral.v1.ImportChunk.$Properties);
            $unknowns?: Uint8Array[];
            data: Uint8Array;
            static create(properties: corral.v1.ImportChunk.$Shape): corral.v1.ImportChunk & corral.v1.ImportChunk.$Shape;
            static create(properties?: corral.v1.ImportChunk.$Properties): corral.v1.ImportChunk;
            static encode(message: corral.v1.ImportChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImportChunk & corral.v1.ImportChunk.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImportChunk;
            static toObject(message: corral.v1.ImportChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImportChunk {
            interface $Properties {
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImportChunk.$Properties;
        }

        interface IImportImageResponse extends corral.v1.ImportImageResponse.$Properties {
        }

        class ImportImageResponse {
            constructor(properties?: corral.v1.ImportImageResponse.$Properties);
            $unknowns?: Uint8Array[];
            images: corral.v1.Image.$Properties[];
            static create(properties: corral.v1.ImportImageResponse.$Shape): corral.v1.ImportImageResponse & corral.v1.ImportImageResponse.$Shape;
            static create(properties?: corral.v1.ImportImageResponse.$Properties): corral.v1.ImportImageResponse;
            static encode(message: corral.v1.ImportImageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImportImageResponse & corral.v1.ImportImageResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImportImageResponse;
            static toObject(message: corral.v1.ImportImageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImportImageResponse {
            interface $Properties {
                images?: (corral.v1.Image.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImportImageResponse.$Properties;
        }

        interface IExportImageRequest extends corral.v1.ExportImageRequest.$Properties {
        }

        class ExportImageRequest {
            constructor(properties?: corral.v1.ExportImageRequest.$Properties);
            $unknowns?: Uint8Array[];
            images: corral.v1.ImageSpec.$Properties[];
            format: string;
            static create(properties: corral.v1.ExportImageRequest.$Shape): corral.v1.ExportImageRequest & corral.v1.ExportImageRequest.$Shape;
            static create(properties?: corral.v1.ExportImageRequest.$Properties): corral.v1.ExportImageRequest;
            static encode(message: corral.v1.ExportImageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ExportImageRequest & corral.v1.ExportImageRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ExportImageRequest;
            static toObject(message: corral.v1.ExportImageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExportImageRequest {
            interface $Properties {
                images?: (corral.v1.ImageSpec.$Properties[]|null);
                format?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ExportImageRequest.$Properties;
        }

        interface IExportChunk extends corral.v1.ExportChunk.$Properties {
        }

        class ExportChunk {
            constructor(properties?: corral.v1.ExportChunk.$Properties);
            $unknowns?: Uint8Array[];
            data: Uint8Array;
            static create(properties: corral.v1.ExportChunk.$Shape): corral.v1.ExportChunk & corral.v1.ExportChunk.$Shape;
            static create(properties?: corral.v1.ExportChunk.$Properties): corral.v1.ExportChunk;
            static encode(message: corral.v1.ExportChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ExportChunk & corral.v1.ExportChunk.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ExportChunk;
            static toObject(message: corral.v1.ExportChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExportChunk {
            interface $Properties {
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ExportChunk.$Properties;
        }

        interface IExportImageEnd extends corral.v1.ExportImageEnd.$Properties {
        }

        class ExportImageEnd {
            constructor(properties?: corral.v1.ExportImageEnd.$Properties);
            $unknowns?: Uint8Array[];
            size: Long;
            images: corral.v1.Image.$Properties[];
            static create(properties: corral.v1.ExportImageEnd.$Shape): corral.v1.ExportImageEnd & corral.v1.ExportImageEnd.$Shape;
            static create(properties?: corral.v1.ExportImageEnd.$Properties): corral.v1.ExportImageEnd;
            static encode(message: corral.v1.ExportImageEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ExportImageEnd & corral.v1.ExportImageEnd.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ExportImageEnd;
            static toObject(message: corral.v1.ExportImageEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExportImageEnd {
            interface $Properties {
                size?: (Long|null);
                images?: (corral.v1.Image.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ExportImageEnd.$Properties;
        }

        interface IFilesystemUsage extends corral.v1.FilesystemUsage.$Properties {
        }

        class FilesystemUsage {
            constructor(properties?: corral.v1.FilesystemUsage.$Properties);
            $unknowns?: Uint8Array[];
            timestamp: Long;
            mountpoint: string;
            usedBytes: Long;
            inodesUsed: Long;
            static create(properties: corral.v1.FilesystemUsage.$Shape): corral.v1.FilesystemUsage & corral.v1.FilesystemUsage.$Shape;
            static create(properties?: corral.v1.FilesystemUsage.$Properties): corral.v1.FilesystemUsage;
            static encode(message: corral.v1.FilesystemUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.FilesystemUsage & corral.v1.FilesystemUsage.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.FilesystemUsage;
            static toObject(message: corral.v1.FilesystemUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FilesystemUsage {
            interface $Properties {
                timestamp?: (Long|null);
                mountpoint?: (string|null);
                usedBytes?: (Long|null);
                inodesUsed?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.FilesystemUsage.$Properties;
        }

        interface IImageFsInfoRequest extends corral.v1.ImageFsInfoRequest.$Properties {
        }

        class ImageFsInfoRequest {
            constructor(properties?: corral.v1.ImageFsInfoRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.ImageFsInfoRequest.$Shape): corral.v1.ImageFsInfoRequest & corral.v1.ImageFsInfoRequest.$Shape;
            static create(properties?: corral.v1.ImageFsInfoRequest.$Properties): corral.v1.ImageFsInfoRequest;
            static encode(message: corral.v1.ImageFsInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageFsInfoRequest & corral.v1.ImageFsInfoRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageFsInfoRequest;
            static toObject(message: corral.v1.ImageFsInfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageFsInfoRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageFsInfoRequest.$Properties;
        }

        interface IImageFsInfoResponse extends corral.v1.ImageFsInfoResponse.$Properties {
        }

        class ImageFsInfoResponse {
            constructor(properties?: corral.v1.ImageFsInfoResponse.$Properties);
            $unknowns?: Uint8Array[];
            imageFilesystems: corral.v1.FilesystemUsage.$Properties[];
            static create(properties: corral.v1.ImageFsInfoResponse.$Shape): corral.v1.ImageFsInfoResponse & corral.v1.ImageFsInfoResponse.$Shape;
            static create(properties?: corral.v1.ImageFsInfoResponse.$Properties): corral.v1.ImageFsInfoResponse;
            static encode(message: corral.v1.ImageFsInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageFsInfoResponse & corral.v1.ImageFsInfoResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageFsInfoResponse;
            static toObject(message: corral.v1.ImageFsInfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageFsInfoResponse {
            interface $Properties {
                imageFilesystems?: (corral.v1.FilesystemUsage.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageFsInfoResponse.$Properties;
        }

        interface IVersionRequest extends corral.v1.VersionRequest.$Properties {
        }

        class VersionRequest {
            constructor(properties?: corral.v1.VersionRequest.$Properties);
            $unknowns?: Uint8Array[];
            version: string;
            static create(properties: corral.v1.VersionRequest.$Shape): corral.v1.VersionRequest & corral.v1.VersionRequest.$Shape;
            static create(properties?: corral.v1.VersionRequest.$Properties): corral.v1.VersionRequest;
            static encode(message: corral.v1.VersionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.VersionRequest & corral.v1.VersionRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.VersionRequest;
            static toObject(message: corral.v1.VersionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionRequest {
            interface $Properties {
                version?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.VersionRequest.$Properties;
        }

        interface IVersionResponse extends corral.v1.VersionResponse.$Properties {
        }

        class VersionResponse {
            constructor(properties?: corral.v1.VersionResponse.$Properties);
            $unknowns?: Uint8Array[];
            version: string;
            runtimeName: string;
            runtimeVersion: string;
            runtimeApiVersion: string;
            static create(properties: corral.v1.VersionResponse.$Shape): corral.v1.VersionResponse & corral.v1.VersionResponse.$Shape;
            static create(properties?: corral.v1.VersionResponse.$Properties): corral.v1.VersionResponse;
            static encode(message: corral.v1.VersionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.VersionResponse & corral.v1.VersionResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.VersionResponse;
            static toObject(message: corral.v1.VersionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionResponse {
            interface $Properties {
                version?: (string|null);
                runtimeName?: (string|null);
                runtimeVersion?: (string|null);
                runtimeApiVersion?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.VersionResponse.$Properties;
        }

        interface IRuntimeCondition extends corral.v1.RuntimeCondition.$Properties {
        }

        class RuntimeCondition {
            constructor(properties?: corral.v1.RuntimeCondition.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            status: boolean;
            reason: string;
            message: string;
            static create(properties: corral.v1.RuntimeCondition.$Shape): corral.v1.RuntimeCondition & corral.v1.RuntimeCondition.$Shape;
            static create(properties?: corral.v1.RuntimeCondition.$Properties): corral.v1.RuntimeCondition;
            static encode(message: corral.v1.RuntimeCondition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.RuntimeCondition & corral.v1.RuntimeCondition.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.RuntimeCondition;
            static toObject(message: corral.v1.RuntimeCondition, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RuntimeCondition {
            interface $Properties {
                type?: (string|null);
                status?: (boolean|null);
                reason?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.RuntimeCondition.$Properties;
        }

        interface IRecoveryInfo extends corral.v1.RecoveryInfo.$Properties {
        }

        class RecoveryInfo {
            constructor(properties?: corral.v1.RecoveryInfo.$Properties);
            $unknowns?: Uint8Array[];
            at: Long;
            durationNs: Long;
            containers: number;
            shimsReconnected: number;
            exitsLearned: number;
            shimsDead: number;
            createsRolledBack: number;
            removalsFinished: number;
            stopsResumed: number;
            execsEnded: number;
            shimsUnreachable: number;
            failed: number;
            static create(properties: corral.v1.RecoveryInfo.$Shape): corral.v1.RecoveryInfo & corral.v1.RecoveryInfo.$Shape;
            static create(properties?: corral.v1.RecoveryInfo.$Properties): corral.v1.RecoveryInfo;
            static encode(message: corral.v1.RecoveryInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.RecoveryInfo & corral.v1.RecoveryInfo.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.RecoveryInfo;
            static toObject(message: corral.v1.RecoveryInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecoveryInfo {
            interface $Properties {
                at?: (Long|null);
                durationNs?: (Long|null);
                containers?: (number|null);
                shimsReconnected?: (number|null);
                exitsLearned?: (number|null);
                shimsDead?: (number|null);
                createsRolledBack?: (number|null);
                removalsFinished?: (number|null);
                stopsResumed?: (number|null);
                execsEnded?: (number|null);
                shimsUnreachable?: (number|null);
                failed?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.RecoveryInfo.$Properties;
        }

        interface IStatusRequest extends corral.v1.StatusRequest.$Properties {
        }

        class StatusRequest {
            constructor(properties?: corral.v1.StatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            verbose: boolean;
            static create(properties: corral.v1.StatusRequest.$Shape): corral.v1.StatusRequest & corral.v1.StatusRequest.$Shape;
            static create(properties?: corral.v1.StatusRequest.$Properties): corral.v1.StatusRequest;
            static encode(message: corral.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.StatusRequest & corral.v1.StatusRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.StatusRequest;
            static toObject(message: corral.v1.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusRequest {
            interface $Properties {
                verbose?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.StatusRequest.$Properties;
        }

        interface IStatusResponse extends corral.v1.StatusResponse.$Properties {
        }

        class StatusResponse {
            constructor(properties?: corral.v1.StatusResponse.$Properties);
            $unknowns?: Uint8Array[];
            conditions: corral.v1.RuntimeCondition.$Properties[];
            info: { [k: string]: string };
            lastRecovery?: (corral.v1.RecoveryInfo.$Properties|null);
            static create(properties: corral.v1.StatusResponse.$Shape): corral.v1.StatusResponse & corral.v1.StatusResponse.$Shape;
            static create(properties?: corral.v1.StatusResponse.$Properties): corral.v1.StatusResponse;
            static encode(message: corral.v1.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.StatusResponse & corral.v1.StatusResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.StatusResponse;
            static toObject(message: corral.v1.StatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusResponse {
            interface $Properties {
                conditions?: (corral.v1.RuntimeCondition.$Properties[]|null);
                info?: ({ [k: string]: string }|null);
                lastRecovery?: (corral.v1.RecoveryInfo.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.StatusResponse.$Properties;
        }

        interface IKeyValue extends corral.v1.KeyValue.$Properties {
        }

        class KeyValue {
            constructor(properties?: corral.v1.KeyValue.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            value: string;
            static create(properties: corral.v1.KeyValue.$Shape): corral.v1.KeyValue & corral.v1.KeyValue.$Shape;
            static create(properties?: corral.v1.KeyValue.$Properties): corral.v1.KeyValue;
            static encode(message: corral.v1.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.KeyValue & corral.v1.KeyValue.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.KeyValue;
            static toObject(message: corral.v1.KeyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyValue {
            interface $Properties {
                key?: (string|null);
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.KeyValue.$Properties;
        }

        interface IImageSpec extends corral.v1.ImageSpec.$Properties {
        }

        class ImageSpec {
            constructor(properties?: corral.v1.ImageSpec.$Properties);
            $unknowns?: Uint8Array[];
            image: string;
            annotations: { [k: string]: string };
            static create(properties: corral.v1.ImageSpec.$Shape): corral.v1.ImageSpec & corral.v1.ImageSpec.$Shape;
            static create(properties?: corral.v1.ImageSpec.$Properties): corral.v1.ImageSpec;
            static encode(message: corral.v1.ImageSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageSpec & corral.v1.ImageSpec.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageSpec;
            static toObject(message: corral.v1.ImageSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageSpec {
            interface $Properties {
                image?: (string|null);
                annotations?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageSpec.$Properties;
        }

        interface IMount extends corral.v1.Mount.$Properties {
        }

        class Mount {
            constructor(properties?: corral.v1.Mount.$Properties);
            $unknowns?: Uint8Array[];
            containerPath: string;
            hostPath: string;
            readonly: boolean;
            propagation: number;
            static create(properties: corral.v1.Mount.$Shape): corral.v1.Mount & corral.v1.Mount.$Shape;
            static create(properties?: corral.v1.Mount.$Properties): corral.v1.Mount;
            static encode(message: corral.v1.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.Mount & corral.v1.Mount.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.Mount;
            static toObject(message: corral.v1.Mount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Mount {
            interface $Properties {
                containerPath?: (string|null);
                hostPath?: (string|null);
                readonly?: (boolean|null);
                propagation?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.Mount.$Properties;
        }

        interface ILinuxContainerResources extends corral.v1.LinuxContainerResources.$Properties {
        }

        class LinuxContainerResources {
            constructor(properties?: corral.v1.LinuxContainerResources.$Properties);
            $unknowns?: Uint8Array[];
            cpuPeriod: Long;
            cpuQuota: Long;
            cpuShares: Long;
            memoryLimitInBytes: Long;
            oomScoreAdj: Long;
            cpusetCpus: string;
            cpusetMems: string;
            pidsLimit: Long;
            static create(properties: corral.v1.LinuxContainerResources.$Shape): corral.v1.LinuxContainerResources & corral.v1.LinuxContainerResources.$Shape;
            static create(properties?: corral.v1.LinuxContainerResources.$Properties): corral.v1.LinuxContainerResources;
            static encode(message: corral.v1.LinuxContainerResources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.LinuxContainerResources & corral.v1.LinuxContainerResources.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.LinuxContainerResources;
            static toObject(message: corral.v1.LinuxContainerResources, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LinuxContainerResources {
            interface $Properties {
                cpuPeriod?: (Long|null);
                cpuQuota?: (Long|null);
                cpuShares?: (Long|null);
                memoryLimitInBytes?: (Long|null);
                oomScoreAdj?: (Long|null);
                cpusetCpus?: (string|null);
                cpusetMems?: (string|null);
                pidsLimit?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.LinuxContainerResources.$Properties;
        }

        interface IContainerMetadata extends corral.v1.ContainerMetadata.$Properties {
        }

        class ContainerMetadata {
            constructor(properties?: corral.v1.ContainerMetadata.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            attempt: number;
            static create(properties: corral.v1.ContainerMetadata.$Shape): corral.v1.ContainerMetadata & corral.v1.ContainerMetadata.$Shape;
            static create(properties?: corral.v1.ContainerMetadata.$Properties): corral.v1.ContainerMetadata;
            static encode(message: corral.v1.ContainerMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerMetadata & corral.v1.ContainerMetadata.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerMetadata;
            static toObject(message: corral.v1.ContainerMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerMetadata {
            interface $Properties {
                name?: (string|null);
                attempt?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerMetadata.$Properties;
        }

        interface IContainerConfig extends corral.v1.ContainerConfig.$Properties {
        }

        class ContainerConfig {
            constructor(properties?: corral.v1.ContainerConfig.$Properties);
            $unknowns?: Uint8Array[];
            metadata?: (corral.v1.ContainerMetadata.$Properties|null);
            image?: (corral.v1.ImageSpec.$Properties|null);
            command: string[];
            args: string[];
            workingDir: string;
            envs: corral.v1.KeyValue.$Properties[];
            mounts: corral.v1.Mount.$Properties[];
            labels: { [k: string]: string };
            annotations: { [k: string]: string };
            stdin: boolean;
            stdinOnce: boolean;
            tty: boolean;
            resources?: (corral.v1.LinuxContainerResources.$Properties|null);
            logPath: string;
            runtimeHandler: string;
            stopSignal: string;
            readonlyRootfs: boolean;
            user: string;
            hostname: string;
            static create(properties: corral.v1.ContainerConfig.$Shape): corral.v1.ContainerConfig & corral.v1.ContainerConfig.$Shape;
            static create(properties?: corral.v1.ContainerConfig.$Properties): corral.v1.ContainerConfig;
            static encode(message: corral.v1.ContainerConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerConfig & corral.v1.ContainerConfig.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerConfig;
            static toObject(message: corral.v1.ContainerConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerConfig {
            interface $Properties {
                metadata?: (corral.v1.ContainerMetadata.$Properties|null);
                image?: (corral.v1.ImageSpec.$Properties|null);
                command?: (string[]|null);
                args?: (string[]|null);
                workingDir?: (string|null);
                envs?: (corral.v1.KeyValue.$Properties[]|null);
                mounts?: (corral.v1.Mount.$Properties[]|null);
                labels?: ({ [k: string]: string }|null);
                annotations?: ({ [k: string]: string }|null);
                stdin?: (boolean|null);
                stdinOnce?: (boolean|null);
                tty?: (boolean|null);
                resources?: (corral.v1.LinuxContainerResources.$Properties|null);
                logPath?: (string|null);
                runtimeHandler?: (string|null);
                stopSignal?: (string|null);
                readonlyRootfs?: (boolean|null);
                user?: (string|null);
                hostname?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerConfig.$Properties;
        }

        interface ICreateContainerRequest extends corral.v1.CreateContainerRequest.$Properties {
        }

        class CreateContainerRequest {
            constructor(properties?: corral.v1.CreateContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            config?: (corral.v1.ContainerConfig.$Properties|null);
            static create(properties: corral.v1.CreateContainerRequest.$Shape): corral.v1.CreateContainerRequest & corral.v1.CreateContainerRequest.$Shape;
            static create(properties?: corral.v1.CreateContainerRequest.$Properties): corral.v1.CreateContainerRequest;
            static encode(message: corral.v1.CreateContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.CreateContainerRequest & corral.v1.CreateContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.CreateContainerRequest;
            static toObject(message: corral.v1.CreateContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateContainerRequest {
            interface $Properties {
                config?: (corral.v1.ContainerConfig.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.CreateContainerRequest.$Properties;
        }

        interface ICreateContainerResponse extends corral.v1.CreateContainerResponse.$Properties {
        }

        class CreateContainerResponse {
            constructor(properties?: corral.v1.CreateContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.CreateContainerResponse.$Shape): corral.v1.CreateContainerResponse & corral.v1.CreateContainerResponse.$Shape;
            static create(properties?: corral.v1.CreateContainerResponse.$Properties): corral.v1.CreateContainerResponse;
            static encode(message: corral.v1.CreateContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.CreateContainerResponse & corral.v1.CreateContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.CreateContainerResponse;
            static toObject(message: corral.v1.CreateContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateContainerResponse {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.CreateContainerResponse.$Properties;
        }

        interface IStartContainerRequest extends corral.v1.StartContainerRequest.$Properties {
        }

        class StartContainerRequest {
            constructor(properties?: corral.v1.StartContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.StartContainerRequest.$Shape): corral.v1.StartContainerRequest & corral.v1.StartContainerRequest.$Shape;
            static create(properties?: corral.v1.StartContainerRequest.$Properties): corral.v1.StartContainerRequest;
            static encode(message: corral.v1.StartContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.StartContainerRequest & corral.v1.StartContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.StartContainerRequest;
            static toObject(message: corral.v1.StartContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.StartContainerRequest.$Properties;
        }

        interface IStartContainerResponse extends corral.v1.StartContainerResponse.$Properties {
        }

        class StartContainerResponse {
            constructor(properties?: corral.v1.StartContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.StartContainerResponse.$Shape): corral.v1.StartContainerResponse & corral.v1.StartContainerResponse.$Shape;
            static create(properties?: corral.v1.StartContainerResponse.$Properties): corral.v1.StartContainerResponse;
            static encode(message: corral.v1.StartContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.StartContainerResponse & corral.v1.StartContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.StartContainerResponse;
            static toObject(message: corral.v1.StartContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartContainerResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.StartContainerResponse.$Properties;
        }

        interface IStopContainerRequest extends corral.v1.StopContainerRequest.$Properties {
        }

        class StopContainerRequest {
            constructor(properties?: corral.v1.StopContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            timeout: Long;
            static create(properties: corral.v1.StopContainerRequest.$Shape): corral.v1.StopContainerRequest & corral.v1.StopContainerRequest.$Shape;
            static create(properties?: corral.v1.StopContainerRequest.$Properties): corral.v1.StopContainerRequest;
            static encode(message: corral.v1.StopContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.StopContainerRequest & corral.v1.StopContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.StopContainerRequest;
            static toObject(message: corral.v1.StopContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                timeout?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.StopContainerRequest.$Properties;
        }

        interface IStopContainerResponse extends corral.v1.StopContainerResponse.$Properties {
        }

        class StopContainerResponse {
            constructor(properties?: corral.v1.StopContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.StopContainerResponse.$Shape): corral.v1.StopContainerResponse & corral.v1.StopContainerResponse.$Shape;
            static create(properties?: corral.v1.StopContainerResponse.$Properties): corral.v1.StopContainerResponse;
            static encode(message: corral.v1.StopContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.StopContainerResponse & corral.v1.StopContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.StopContainerResponse;
            static toObject(message: corral.v1.StopContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopContainerResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.StopContainerResponse.$Properties;
        }

        interface IRemoveContainerRequest extends corral.v1.RemoveContainerRequest.$Properties {
        }

        class RemoveContainerRequest {
            constructor(properties?: corral.v1.RemoveContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            force: boolean;
            static create(properties: corral.v1.RemoveContainerRequest.$Shape): corral.v1.RemoveContainerRequest & corral.v1.RemoveContainerRequest.$Shape;
            static create(properties?: corral.v1.RemoveContainerRequest.$Properties): corral.v1.RemoveContainerRequest;
            static encode(message: corral.v1.RemoveContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.RemoveContainerRequest & corral.v1.RemoveContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.RemoveContainerRequest;
            static toObject(message: corral.v1.RemoveContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                force?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.RemoveContainerRequest.$Properties;
        }

        interface IRemoveContainerResponse extends corral.v1.RemoveContainerResponse.$Properties {
        }

        class RemoveContainerResponse {
            constructor(properties?: corral.v1.RemoveContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.RemoveContainerResponse.$Shape): corral.v1.RemoveContainerResponse & corral.v1.RemoveContainerResponse.$Shape;
            static create(properties?: corral.v1.RemoveContainerResponse.$Properties): corral.v1.RemoveContainerResponse;
            static encode(message: corral.v1.RemoveContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.RemoveContainerResponse & corral.v1.RemoveContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.RemoveContainerResponse;
            static toObject(message: corral.v1.RemoveContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveContainerResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.RemoveContainerResponse.$Properties;
        }

        enum ContainerState {
            CONTAINER_CREATED = 0,
            CONTAINER_RUNNING = 1,
            CONTAINER_EXITED = 2,
            CONTAINER_UNKNOWN = 3,
            CONTAINER_PAUSED = 4
        }

        interface IContainerStateValue extends corral.v1.ContainerStateValue.$Properties {
        }

        class ContainerStateValue {
            constructor(properties?: corral.v1.ContainerStateValue.$Properties);
            $unknowns?: Uint8Array[];
            state: corral.v1.ContainerState;
            static create(properties: corral.v1.ContainerStateValue.$Shape): corral.v1.ContainerStateValue & corral.v1.ContainerStateValue.$Shape;
            static create(properties?: corral.v1.ContainerStateValue.$Properties): corral.v1.ContainerStateValue;
            static encode(message: corral.v1.ContainerStateValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStateValue & corral.v1.ContainerStateValue.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStateValue;
            static toObject(message: corral.v1.ContainerStateValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStateValue {
            interface $Properties {
                state?: (corral.v1.ContainerState|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStateValue.$Properties;
        }

        interface IContainerFilter extends corral.v1.ContainerFilter.$Properties {
        }

        class ContainerFilter {
            constructor(properties?: corral.v1.ContainerFilter.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            state?: (corral.v1.ContainerStateValue.$Properties|null);
            labelSelector: { [k: string]: string };
            name: string;
            static create(properties: corral.v1.ContainerFilter.$Shape): corral.v1.ContainerFilter & corral.v1.ContainerFilter.$Shape;
            static create(properties?: corral.v1.ContainerFilter.$Properties): corral.v1.ContainerFilter;
            static encode(message: corral.v1.ContainerFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerFilter & corral.v1.ContainerFilter.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerFilter;
            static toObject(message: corral.v1.ContainerFilter, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerFilter {
            interface $Properties {
                id?: (string|null);
                state?: (corral.v1.ContainerStateValue.$Properties|null);
                labelSelector?: ({ [k: string]: string }|null);
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerFilter.$Properties;
        }

        interface IContainer extends corral.v1.Container.$Properties {
        }

        class Container {
            constructor(properties?: corral.v1.Container.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            metadata?: (corral.v1.ContainerMetadata.$Properties|null);
            image?: (corral.v1.ImageSpec.$Properties|null);
            imageRef: string;
            state: corral.v1.ContainerState;
            createdAt: Long;
            labels: { [k: string]: string };
            annotations: { [k: string]: string };
            runtimeHandler: string;
            command: string[];
            static create(properties: corral.v1.Container.$Shape): corral.v1.Container & corral.v1.Container.$Shape;
            static create(properties?: corral.v1.Container.$Properties): corral.v1.Container;
            static encode(message: corral.v1.Container.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.Container & corral.v1.Container.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.Container;
            static toObject(message: corral.v1.Container, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Container {
            interface $Properties {
                id?: (string|null);
                metadata?: (corral.v1.ContainerMetadata.$Properties|null);
                image?: (corral.v1.ImageSpec.$Properties|null);
                imageRef?: (string|null);
                state?: (corral.v1.ContainerState|null);
                createdAt?: (Long|null);
                labels?: ({ [k: string]: string }|null);
                annotations?: ({ [k: string]: string }|null);
                runtimeHandler?: (string|null);
                command?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.Container.$Properties;
        }

        interface IListContainersRequest extends corral.v1.ListContainersRequest.$Properties {
        }

        class ListContainersRequest {
            constructor(properties?: corral.v1.ListContainersRequest.$Properties);
            $unknowns?: Uint8Array[];
            filter?: (corral.v1.ContainerFilter.$Properties|null);
            static create(properties: corral.v1.ListContainersRequest.$Shape): corral.v1.ListContainersRequest & corral.v1.ListContainersRequest.$Shape;
            static create(properties?: corral.v1.ListContainersRequest.$Properties): corral.v1.ListContainersRequest;
            static encode(message: corral.v1.ListContainersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListContainersRequest & corral.v1.ListContainersRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListContainersRequest;
            static toObject(message: corral.v1.ListContainersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainersRequest {
            interface $Properties {
                filter?: (corral.v1.ContainerFilter.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListContainersRequest.$Properties;
        }

        interface IListContainersResponse extends corral.v1.ListContainersResponse.$Properties {
        }

        class ListContainersResponse {
            constructor(properties?: corral.v1.ListContainersResponse.$Properties);
            $unknowns?: Uint8Array[];
            containers: corral.v1.Container.$Properties[];
            static create(properties: corral.v1.ListContainersResponse.$Shape): corral.v1.ListContainersResponse & corral.v1.ListContainersResponse.$Shape;
            static create(properties?: corral.v1.ListContainersResponse.$Properties): corral.v1.ListContainersResponse;
            static encode(message: corral.v1.ListContainersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListContainersResponse & corral.v1.ListContainersResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListContainersResponse;
            static toObject(message: corral.v1.ListContainersResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainersResponse {
            interface $Properties {
                containers?: (corral.v1.Container.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListContainersResponse.$Properties;
        }

        interface IContainerStatus extends corral.v1.ContainerStatus.$Properties {
        }

        class ContainerStatus {
            constructor(properties?: corral.v1.ContainerStatus.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            metadata?: (corral.v1.ContainerMetadata.$Properties|null);
            state: corral.v1.ContainerState;
            createdAt: Long;
            startedAt: Long;
            finishedAt: Long;
            exitCode: number;
            image?: (corral.v1.ImageSpec.$Properties|null);
            imageRef: string;
            reason: string;
            message: string;
            labels: { [k: string]: string };
            annotations: { [k: string]: string };
            mounts: corral.v1.Mount.$Properties[];
            logPath: string;
            pid: number;
            restartCount: number;
            runtimeHandler: string;
            command: string[];
            resources?: (corral.v1.LinuxContainerResources.$Properties|null);
            tty: boolean;
            static create(properties: corral.v1.ContainerStatus.$Shape): corral.v1.ContainerStatus & corral.v1.ContainerStatus.$Shape;
            static create(properties?: corral.v1.ContainerStatus.$Properties): corral.v1.ContainerStatus;
            static encode(message: corral.v1.ContainerStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStatus & corral.v1.ContainerStatus.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStatus;
            static toObject(message: corral.v1.ContainerStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatus {
            interface $Properties {
                id?: (string|null);
                metadata?: (corral.v1.ContainerMetadata.$Properties|null);
                state?: (corral.v1.ContainerState|null);
                createdAt?: (Long|null);
                startedAt?: (Long|null);
                finishedAt?: (Long|null);
                exitCode?: (number|null);
                image?: (corral.v1.ImageSpec.$Properties|null);
                imageRef?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                labels?: ({ [k: string]: string }|null);
                annotations?: ({ [k: string]: string }|null);
                mounts?: (corral.v1.Mount.$Properties[]|null);
                logPath?: (string|null);
                pid?: (number|null);
                restartCount?: (number|null);
                runtimeHandler?: (string|null);
                command?: (string[]|null);
                resources?: (corral.v1.LinuxContainerResources.$Properties|null);
                tty?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStatus.$Properties;
        }

        interface IContainerStatusRequest extends corral.v1.ContainerStatusRequest.$Properties {
        }

        class ContainerStatusRequest {
            constructor(properties?: corral.v1.ContainerStatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            verbose: boolean;
            static create(properties: corral.v1.ContainerStatusRequest.$Shape): corral.v1.ContainerStatusRequest & corral.v1.ContainerStatusRequest.$Shape;
            static create(properties?: corral.v1.ContainerStatusRequest.$Properties): corral.v1.ContainerStatusRequest;
            static encode(message: corral.v1.ContainerStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStatusRequest & corral.v1.ContainerStatusRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStatusRequest;
            static toObject(message: corral.v1.ContainerStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatusRequest {
            interface $Properties {
                containerId?: (string|null);
                verbose?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStatusRequest.$Properties;
        }

        interface IContainerStatusResponse extends corral.v1.ContainerStatusResponse.$Properties {
        }

        class ContainerStatusResponse {
            constructor(properties?: corral.v1.ContainerStatusResponse.$Properties);
            $unknowns?: Uint8Array[];
            status?: (corral.v1.ContainerStatus.$Properties|null);
            info: { [k: string]: string };
            static create(properties: corral.v1.ContainerStatusResponse.$Shape): corral.v1.ContainerStatusResponse & corral.v1.ContainerStatusResponse.$Shape;
            static create(properties?: corral.v1.ContainerStatusResponse.$Properties): corral.v1.ContainerStatusResponse;
            static encode(message: corral.v1.ContainerStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStatusResponse & corral.v1.ContainerStatusResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStatusResponse;
            static toObject(message: corral.v1.ContainerStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatusResponse {
            interface $Properties {
                status?: (corral.v1.ContainerStatus.$Properties|null);
                info?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStatusResponse.$Properties;
        }

        interface IUpdateContainerResourcesRequest extends corral.v1.UpdateContainerResourcesRequest.$Properties {
        }

        class UpdateContainerResourcesRequest {
            constructor(properties?: corral.v1.UpdateContainerResourcesRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            resources?: (corral.v1.LinuxContainerResources.$Properties|null);
            static create(properties: corral.v1.UpdateContainerResourcesRequest.$Shape): corral.v1.UpdateContainerResourcesRequest & corral.v1.UpdateContainerResourcesRequest.$Shape;
            static create(properties?: corral.v1.UpdateContainerResourcesRequest.$Properties): corral.v1.UpdateContainerResourcesRequest;
            static encode(message: corral.v1.UpdateContainerResourcesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.UpdateContainerResourcesRequest & corral.v1.UpdateContainerResourcesRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.UpdateContainerResourcesRequest;
            static toObject(message: corral.v1.UpdateContainerResourcesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateContainerResourcesRequest {
            interface $Properties {
                containerId?: (string|null);
                resources?: (corral.v1.LinuxContainerResources.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.UpdateContainerResourcesRequest.$Properties;
        }

        interface IUpdateContainerResourcesResponse extends corral.v1.UpdateContainerResourcesResponse.$Properties {
        }

        class UpdateContainerResourcesResponse {
            constructor(properties?: corral.v1.UpdateContainerResourcesResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.UpdateContainerResourcesResponse.$Shape): corral.v1.UpdateContainerResourcesResponse & corral.v1.UpdateContainerResourcesResponse.$Shape;
            static create(properties?: corral.v1.UpdateContainerResourcesResponse.$Properties): corral.v1.UpdateContainerResourcesResponse;
            static encode(message: corral.v1.UpdateContainerResourcesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.UpdateContainerResourcesResponse & corral.v1.UpdateContainerResourcesResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.UpdateContainerResourcesResponse;
            static toObject(message: corral.v1.UpdateContainerResourcesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateContainerResourcesResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.UpdateContainerResourcesResponse.$Properties;
        }

        interface IReopenContainerLogRequest extends corral.v1.ReopenContainerLogRequest.$Properties {
        }

        class ReopenContainerLogRequest {
            constructor(properties?: corral.v1.ReopenContainerLogRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.ReopenContainerLogRequest.$Shape): corral.v1.ReopenContainerLogRequest & corral.v1.ReopenContainerLogRequest.$Shape;
            static create(properties?: corral.v1.ReopenContainerLogRequest.$Properties): corral.v1.ReopenContainerLogRequest;
            static encode(message: corral.v1.ReopenContainerLogRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ReopenContainerLogRequest & corral.v1.ReopenContainerLogRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ReopenContainerLogRequest;
            static toObject(message: corral.v1.ReopenContainerLogRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReopenContainerLogRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ReopenContainerLogRequest.$Properties;
        }

        interface IReopenContainerLogResponse extends corral.v1.ReopenContainerLogResponse.$Properties {
        }

        class ReopenContainerLogResponse {
            constructor(properties?: corral.v1.ReopenContainerLogResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.ReopenContainerLogResponse.$Shape): corral.v1.ReopenContainerLogResponse & corral.v1.ReopenContainerLogResponse.$Shape;
            static create(properties?: corral.v1.ReopenContainerLogResponse.$Properties): corral.v1.ReopenContainerLogResponse;
            static encode(message: corral.v1.ReopenContainerLogResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ReopenContainerLogResponse & corral.v1.ReopenContainerLogResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ReopenContainerLogResponse;
            static toObject(message: corral.v1.ReopenContainerLogResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReopenContainerLogResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ReopenContainerLogResponse.$Properties;
        }

        interface IExecSyncRequest extends corral.v1.ExecSyncRequest.$Properties {
        }

        class ExecSyncRequest {
            constructor(properties?: corral.v1.ExecSyncRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            cmd: string[];
            timeout: Long;
            envs: corral.v1.KeyValue.$Properties[];
            workingDir: string;
            static create(properties: corral.v1.ExecSyncRequest.$Shape): corral.v1.ExecSyncRequest & corral.v1.ExecSyncRequest.$Shape;
            static create(properties?: corral.v1.ExecSyncRequest.$Properties): corral.v1.ExecSyncRequest;
            static encode(message: corral.v1.ExecSyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ExecSyncRequest & corral.v1.ExecSyncRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ExecSyncRequest;
            static toObject(message: corral.v1.ExecSyncRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecSyncRequest {
            interface $Properties {
                containerId?: (string|null);
                cmd?: (string[]|null);
                timeout?: (Long|null);
                envs?: (corral.v1.KeyValue.$Properties[]|null);
                workingDir?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ExecSyncRequest.$Properties;
        }

        interface IExecSyncResponse extends corral.v1.ExecSyncResponse.$Properties {
        }

        class ExecSyncResponse {
            constructor(properties?: corral.v1.ExecSyncResponse.$Properties);
            $unknowns?: Uint8Array[];
            stdout: Uint8Array;
            stderr: Uint8Array;
            exitCode: number;
            timedOut: boolean;
            stdoutTruncated: boolean;
            stderrTruncated: boolean;
            static create(properties: corral.v1.ExecSyncResponse.$Shape): corral.v1.ExecSyncResponse & corral.v1.ExecSyncResponse.$Shape;
            static create(properties?: corral.v1.ExecSyncResponse.$Properties): corral.v1.ExecSyncResponse;
            static encode(message: corral.v1.ExecSyncResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ExecSyncResponse & corral.v1.ExecSyncResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ExecSyncResponse;
            static toObject(message: corral.v1.ExecSyncResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecSyncResponse {
            interface $Properties {
                stdout?: (Uint8Array|null);
                stderr?: (Uint8Array|null);
                exitCode?: (number|null);
                timedOut?: (boolean|null);
                stdoutTruncated?: (boolean|null);
                stderrTruncated?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ExecSyncResponse.$Properties;
        }

        interface IExecRequest extends corral.v1.ExecRequest.$Properties {
        }

        class ExecRequest {
            constructor(properties?: corral.v1.ExecRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            cmd: string[];
            tty: boolean;
            stdin: boolean;
            envs: corral.v1.KeyValue.$Properties[];
            workingDir: string;
            static create(properties: corral.v1.ExecRequest.$Shape): corral.v1.ExecRequest & corral.v1.ExecRequest.$Shape;
            static create(properties?: corral.v1.ExecRequest.$Properties): corral.v1.ExecRequest;
            static encode(message: corral.v1.ExecRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ExecRequest & corral.v1.ExecRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ExecRequest;
            static toObject(message: corral.v1.ExecRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecRequest {
            interface $Properties {
                containerId?: (string|null);
                cmd?: (string[]|null);
                tty?: (boolean|null);
                stdin?: (boolean|null);
                envs?: (corral.v1.KeyValue.$Properties[]|null);
                workingDir?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ExecRequest.$Properties;
        }

        interface IAttachRequest extends corral.v1.AttachRequest.$Properties {
        }

        class AttachRequest {
            constructor(properties?: corral.v1.AttachRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            stdin: boolean;
            tty: boolean;
            static create(properties: corral.v1.AttachRequest.$Shape): corral.v1.AttachRequest & corral.v1.AttachRequest.$Shape;
            static create(properties?: corral.v1.AttachRequest.$Properties): corral.v1.AttachRequest;
            static encode(message: corral.v1.AttachRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.AttachRequest & corral.v1.AttachRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.AttachRequest;
            static toObject(message: corral.v1.AttachRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttachRequest {
            interface $Properties {
                containerId?: (string|null);
                stdin?: (boolean|null);
                tty?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.AttachRequest.$Properties;
        }

        interface IExecResponse extends corral.v1.ExecResponse.$Properties {
        }

        class ExecResponse {
            constructor(properties?: corral.v1.ExecResponse.$Properties);
            $unknowns?: Uint8Array[];
            exitCode: number;
            static create(properties: corral.v1.ExecResponse.$Shape): corral.v1.ExecResponse & corral.v1.ExecResponse.$Shape;
            static create(properties?: corral.v1.ExecResponse.$Properties): corral.v1.ExecResponse;
            static encode(message: corral.v1.ExecResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ExecResponse & corral.v1.ExecResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ExecResponse;
            static toObject(message: corral.v1.ExecResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecResponse {
            interface $Properties {
                exitCode?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ExecResponse.$Properties;
        }

        interface ITerminalSize extends corral.v1.TerminalSize.$Properties {
        }

        class TerminalSize {
            constructor(properties?: corral.v1.TerminalSize.$Properties);
            $unknowns?: Uint8Array[];
            width: number;
            height: number;
            static create(properties: corral.v1.TerminalSize.$Shape): corral.v1.TerminalSize & corral.v1.TerminalSize.$Shape;
            static create(properties?: corral.v1.TerminalSize.$Properties): corral.v1.TerminalSize;
            static encode(message: corral.v1.TerminalSize.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.TerminalSize & corral.v1.TerminalSize.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.TerminalSize;
            static toObject(message: corral.v1.TerminalSize, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TerminalSize {
            interface $Properties {
                width?: (number|null);
                height?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.TerminalSize.$Properties;
        }

        interface IProcessInput extends corral.v1.ProcessInput.$Properties {
        }

        class ProcessInput {
            constructor(properties?: corral.v1.ProcessInput.$Properties);
            $unknowns?: Uint8Array[];
            stdin: Uint8Array;
            closeStdin: boolean;
            resize?: (corral.v1.TerminalSize.$Properties|null);
            static create(properties: corral.v1.ProcessInput.$Shape): corral.v1.ProcessInput & corral.v1.ProcessInput.$Shape;
            static create(properties?: corral.v1.ProcessInput.$Properties): corral.v1.ProcessInput;
            static encode(message: corral.v1.ProcessInput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ProcessInput & corral.v1.ProcessInput.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ProcessInput;
            static toObject(message: corral.v1.ProcessInput, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcessInput {
            interface $Properties {
                stdin?: (Uint8Array|null);
                closeStdin?: (boolean|null);
                resize?: (corral.v1.TerminalSize.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ProcessInput.$Properties;
        }

        interface IProcessOutput extends corral.v1.ProcessOutput.$Properties {
        }

        class ProcessOutput {
            constructor(properties?: corral.v1.ProcessOutput.$Properties);
            $unknowns?: Uint8Array[];
            stdout: Uint8Array;
            stderr: Uint8Array;
            static create(properties: corral.v1.ProcessOutput.$Shape): corral.v1.ProcessOutput & corral.v1.ProcessOutput.$Shape;
            static create(properties?: corral.v1.ProcessOutput.$Properties): corral.v1.ProcessOutput;
            static encode(message: corral.v1.ProcessOutput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ProcessOutput & corral.v1.ProcessOutput.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ProcessOutput;
            static toObject(message: corral.v1.ProcessOutput, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcessOutput {
            interface $Properties {
                stdout?: (Uint8Array|null);
                stderr?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ProcessOutput.$Properties;
        }

        interface IPauseContainerRequest extends corral.v1.PauseContainerRequest.$Properties {
        }

        class PauseContainerRequest {
            constructor(properties?: corral.v1.PauseContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.PauseContainerRequest.$Shape): corral.v1.PauseContainerRequest & corral.v1.PauseContainerRequest.$Shape;
            static create(properties?: corral.v1.PauseContainerRequest.$Properties): corral.v1.PauseContainerRequest;
            static encode(message: corral.v1.PauseContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.PauseContainerRequest & corral.v1.PauseContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.PauseContainerRequest;
            static toObject(message: corral.v1.PauseContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PauseContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.PauseContainerRequest.$Properties;
        }

        interface IPauseContainerResponse extends corral.v1.PauseContainerResponse.$Properties {
        }

        class PauseContainerResponse {
            constructor(properties?: corral.v1.PauseContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.PauseContainerResponse.$Shape): corral.v1.PauseContainerResponse & corral.v1.PauseContainerResponse.$Shape;
            static create(properties?: corral.v1.PauseContainerResponse.$Properties): corral.v1.PauseContainerResponse;
            static encode(message: corral.v1.PauseContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.PauseContainerResponse & corral.v1.PauseContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.PauseContainerResponse;
            static toObject(message: corral.v1.PauseContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PauseContainerResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.PauseContainerResponse.$Properties;
        }

        interface IResumeContainerRequest extends corral.v1.ResumeContainerRequest.$Properties {
        }

        class ResumeContainerRequest {
            constructor(properties?: corral.v1.ResumeContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.ResumeContainerRequest.$Shape): corral.v1.ResumeContainerRequest & corral.v1.ResumeContainerRequest.$Shape;
            static create(properties?: corral.v1.ResumeContainerRequest.$Properties): corral.v1.ResumeContainerRequest;
            static encode(message: corral.v1.ResumeContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ResumeContainerRequest & corral.v1.ResumeContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ResumeContainerRequest;
            static toObject(message: corral.v1.ResumeContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResumeContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ResumeContainerRequest.$Properties;
        }

        interface IResumeContainerResponse extends corral.v1.ResumeContainerResponse.$Properties {
        }

        class ResumeContainerResponse {
            constructor(properties?: corral.v1.ResumeContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.ResumeContainerResponse.$Shape): corral.v1.ResumeContainerResponse & corral.v1.ResumeContainerResponse.$Shape;
            static create(properties?: corral.v1.ResumeContainerResponse.$Properties): corral.v1.ResumeContainerResponse;
            static encode(message: corral.v1.ResumeContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ResumeContainerResponse & corral.v1.ResumeContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ResumeContainerResponse;
            static toObject(message: corral.v1.ResumeContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResumeContainerResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ResumeContainerResponse.$Properties;
        }

        interface IKillContainerRequest extends corral.v1.KillContainerRequest.$Properties {
        }

        class KillContainerRequest {
            constructor(properties?: corral.v1.KillContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            signal: string;
            static create(properties: corral.v1.KillContainerRequest.$Shape): corral.v1.KillContainerRequest & corral.v1.KillContainerRequest.$Shape;
            static create(properties?: corral.v1.KillContainerRequest.$Properties): corral.v1.KillContainerRequest;
            static encode(message: corral.v1.KillContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.KillContainerRequest & corral.v1.KillContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.KillContainerRequest;
            static toObject(message: corral.v1.KillContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KillContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                signal?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.KillContainerRequest.$Properties;
        }

        interface IKillContainerResponse extends corral.v1.KillContainerResponse.$Properties {
        }

        class KillContainerResponse {
            constructor(properties?: corral.v1.KillContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.KillContainerResponse.$Shape): corral.v1.KillContainerResponse & corral.v1.KillContainerResponse.$Shape;
            static create(properties?: corral.v1.KillContainerResponse.$Properties): corral.v1.KillContainerResponse;
            static encode(message: corral.v1.KillContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.KillContainerResponse & corral.v1.KillContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.KillContainerResponse;
            static toObject(message: corral.v1.KillContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KillContainerResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.KillContainerResponse.$Properties;
        }

        interface IWaitContainerRequest extends corral.v1.WaitContainerRequest.$Properties {
        }

        class WaitContainerRequest {
            constructor(properties?: corral.v1.WaitContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.WaitContainerRequest.$Shape): corral.v1.WaitContainerRequest & corral.v1.WaitContainerRequest.$Shape;
            static create(properties?: corral.v1.WaitContainerRequest.$Properties): corral.v1.WaitContainerRequest;
            static encode(message: corral.v1.WaitContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.WaitContainerRequest & corral.v1.WaitContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.WaitContainerRequest;
            static toObject(message: corral.v1.WaitContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WaitContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.WaitContainerRequest.$Properties;
        }

        interface IWaitContainerResponse extends corral.v1.WaitContainerResponse.$Properties {
        }

        class WaitContainerResponse {
            constructor(properties?: corral.v1.WaitContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            exitCode: number;
            finishedAt: Long;
            reason: string;
            static create(properties: corral.v1.WaitContainerResponse.$Shape): corral.v1.WaitContainerResponse & corral.v1.WaitContainerResponse.$Shape;
            static create(properties?: corral.v1.WaitContainerResponse.$Properties): corral.v1.WaitContainerResponse;
            static encode(message: corral.v1.WaitContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.WaitContainerResponse & corral.v1.WaitContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.WaitContainerResponse;
            static toObject(message: corral.v1.WaitContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WaitContainerResponse {
            interface $Properties {
                exitCode?: (number|null);
                finishedAt?: (Long|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.WaitContainerResponse.$Properties;
        }

        interface IListContainerPidsRequest extends corral.v1.ListContainerPidsRequest.$Properties {
        }

        class ListContainerPidsRequest {
            constructor(properties?: corral.v1.ListContainerPidsRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.ListContainerPidsRequest.$Shape): corral.v1.ListContainerPidsRequest & corral.v1.ListContainerPidsRequest.$Shape;
            static create(properties?: corral.v1.ListContainerPidsRequest.$Properties): corral.v1.ListContainerPidsRequest;
            static encode(message: corral.v1.ListContainerPidsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListContainerPidsRequest & corral.v1.ListContainerPidsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListContainerPidsRequest;
            static toObject(message: corral.v1.ListContainerPidsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainerPidsRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListContainerPidsRequest.$Properties;
        }

        interface IListContainerPidsResponse extends corral.v1.ListContainerPidsResponse.$Properties {
        }

        class ListContainerPidsResponse {
            constructor(properties?: corral.v1.ListContainerPidsResponse.$Properties);
            $unknowns?: Uint8Array[];
            pids: number[];
            static create(properties: corral.v1.ListContainerPidsResponse.$Shape): corral.v1.ListContainerPidsResponse & corral.v1.ListContainerPidsResponse.$Shape;
            static create(properties?: corral.v1.ListContainerPidsResponse.$Properties): corral.v1.ListContainerPidsResponse;
            static encode(message: corral.v1.ListContainerPidsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListContainerPidsResponse & corral.v1.ListContainerPidsResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListContainerPidsResponse;
            static toObject(message: corral.v1.ListContainerPidsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainerPidsResponse {
            interface $Properties {
                pids?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListContainerPidsResponse.$Properties;
        }

        interface ICpuUsage extends corral.v1.CpuUsage.$Properties {
        }

        class CpuUsage {
            constructor(properties?: corral.v1.CpuUsage.$Properties);
            $unknowns?: Uint8Array[];
            timestamp: Long;
            usageCoreNanoSeconds: Long;
            usageNanoCores: Long;
            static create(properties: corral.v1.CpuUsage.$Shape): corral.v1.CpuUsage & corral.v1.CpuUsage.$Shape;
            static create(properties?: corral.v1.CpuUsage.$Properties): corral.v1.CpuUsage;
            static encode(message: corral.v1.CpuUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.CpuUsage & corral.v1.CpuUsage.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.CpuUsage;
            static toObject(message: corral.v1.CpuUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CpuUsage {
            interface $Properties {
                timestamp?: (Long|null);
                usageCoreNanoSeconds?: (Long|null);
                usageNanoCores?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.CpuUsage.$Properties;
        }

        interface IMemoryUsage extends corral.v1.MemoryUsage.$Properties {
        }

        class MemoryUsage {
            constructor(properties?: corral.v1.MemoryUsage.$Properties);
            $unknowns?: Uint8Array[];
            timestamp: Long;
            workingSetBytes: Long;
            usageBytes: Long;
            rssBytes: Long;
            pageFaults: Long;
            majorPageFaults: Long;
            limitBytes: Long;
            static create(properties: corral.v1.MemoryUsage.$Shape): corral.v1.MemoryUsage & corral.v1.MemoryUsage.$Shape;
            static create(properties?: corral.v1.MemoryUsage.$Properties): corral.v1.MemoryUsage;
            static encode(message: corral.v1.MemoryUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.MemoryUsage & corral.v1.MemoryUsage.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.MemoryUsage;
            static toObject(message: corral.v1.MemoryUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemoryUsage {
            interface $Properties {
                timestamp?: (Long|null);
                workingSetBytes?: (Long|null);
                usageBytes?: (Long|null);
                rssBytes?: (Long|null);
                pageFaults?: (Long|null);
                majorPageFaults?: (Long|null);
                limitBytes?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.MemoryUsage.$Properties;
        }

        interface IPidsUsage extends corral.v1.PidsUsage.$Properties {
        }

        class PidsUsage {
            constructor(properties?: corral.v1.PidsUsage.$Properties);
            $unknowns?: Uint8Array[];
            current: Long;
            limit: Long;
            static create(properties: corral.v1.PidsUsage.$Shape): corral.v1.PidsUsage & corral.v1.PidsUsage.$Shape;
            static create(properties?: corral.v1.PidsUsage.$Properties): corral.v1.PidsUsage;
            static encode(message: corral.v1.PidsUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.PidsUsage & corral.v1.PidsUsage.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.PidsUsage;
            static toObject(message: corral.v1.PidsUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PidsUsage {
            interface $Properties {
                current?: (Long|null);
                limit?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.PidsUsage.$Properties;
        }

        interface IContainerStats extends corral.v1.ContainerStats.$Properties {
        }

        class ContainerStats {
            constructor(properties?: corral.v1.ContainerStats.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            metadata?: (corral.v1.ContainerMetadata.$Properties|null);
            labels: { [k: string]: string };
            cpu?: (corral.v1.CpuUsage.$Properties|null);
            memory?: (corral.v1.MemoryUsage.$Properties|null);
            pids?: (corral.v1.PidsUsage.$Properties|null);
            static create(properties: corral.v1.ContainerStats.$Shape): corral.v1.ContainerStats & corral.v1.ContainerStats.$Shape;
            static create(properties?: corral.v1.ContainerStats.$Properties): corral.v1.ContainerStats;
            static encode(message: corral.v1.ContainerStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStats & corral.v1.ContainerStats.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStats;
            static toObject(message: corral.v1.ContainerStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStats {
            interface $Properties {
                containerId?: (string|null);
                metadata?: (corral.v1.ContainerMetadata.$Properties|null);
                labels?: ({ [k: string]: string }|null);
                cpu?: (corral.v1.CpuUsage.$Properties|null);
                memory?: (corral.v1.MemoryUsage.$Properties|null);
                pids?: (corral.v1.PidsUsage.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStats.$Properties;
        }

        interface IContainerStatsRequest extends corral.v1.ContainerStatsRequest.$Properties {
        }

        class ContainerStatsRequest {
            constructor(properties?: corral.v1.ContainerStatsRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.ContainerStatsRequest.$Shape): corral.v1.ContainerStatsRequest & corral.v1.ContainerStatsRequest.$Shape;
            static create(properties?: corral.v1.ContainerStatsRequest.$Properties): corral.v1.ContainerStatsRequest;
            static encode(message: corral.v1.ContainerStatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStatsRequest & corral.v1.ContainerStatsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStatsRequest;
            static toObject(message: corral.v1.ContainerStatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatsRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStatsRequest.$Properties;
        }

        interface IContainerStatsResponse extends corral.v1.ContainerStatsResponse.$Properties {
        }

        class ContainerStatsResponse {
            constructor(properties?: corral.v1.ContainerStatsResponse.$Properties);
            $unknowns?: Uint8Array[];
            stats?: (corral.v1.ContainerStats.$Properties|null);
            static create(properties: corral.v1.ContainerStatsResponse.$Shape): corral.v1.ContainerStatsResponse & corral.v1.ContainerStatsResponse.$Shape;
            static create(properties?: corral.v1.ContainerStatsResponse.$Properties): corral.v1.ContainerStatsResponse;
            static encode(message: corral.v1.ContainerStatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStatsResponse & corral.v1.ContainerStatsResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStatsResponse;
            static toObject(message: corral.v1.ContainerStatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatsResponse {
            interface $Properties {
                stats?: (corral.v1.ContainerStats.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStatsResponse.$Properties;
        }

        interface IListContainerStatsRequest extends corral.v1.ListContainerStatsRequest.$Properties {
        }

        class ListContainerStatsRequest {
            constructor(properties?: corral.v1.ListContainerStatsRequest.$Properties);
            $unknowns?: Uint8Array[];
            filter?: (corral.v1.ContainerFilter.$Properties|null);
            static create(properties: corral.v1.ListContainerStatsRequest.$Shape): corral.v1.ListContainerStatsRequest & corral.v1.ListContainerStatsRequest.$Shape;
            static create(properties?: corral.v1.ListContainerStatsRequest.$Properties): corral.v1.ListContainerStatsRequest;
            static encode(message: corral.v1.ListContainerStatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListContainerStatsRequest & corral.v1.ListContainerStatsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListContainerStatsRequest;
            static toObject(message: corral.v1.ListContainerStatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainerStatsRequest {
            interface $Properties {
                filter?: (corral.v1.ContainerFilter.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListContainerStatsRequest.$Properties;
        }

        interface IListContainerStatsResponse extends corral.v1.ListContainerStatsResponse.$Properties {
        }

        class ListContainerStatsResponse {
            constructor(properties?: corral.v1.ListContainerStatsResponse.$Properties);
            $unknowns?: Uint8Array[];
            stats: corral.v1.ContainerStats.$Properties[];
            static create(properties: corral.v1.ListContainerStatsResponse.$Shape): corral.v1.ListContainerStatsResponse & corral.v1.ListContainerStatsResponse.$Shape;
            static create(properties?: corral.v1.ListContainerStatsResponse.$Properties): corral.v1.ListContainerStatsResponse;
            static encode(message: corral.v1.ListContainerStatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListContainerStatsResponse & corral.v1.ListContainerStatsResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListContainerStatsResponse;
            static toObject(message: corral.v1.ListContainerStatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainerStatsResponse {
            interface $Properties {
                stats?: (corral.v1.ContainerStats.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListContainerStatsResponse.$Properties;
        }

        interface IContainerLogsRequest extends corral.v1.ContainerLogsRequest.$Properties {
        }

        class ContainerLogsRequest {
            constructor(properties?: corral.v1.ContainerLogsRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            follow: boolean;
            tail: number;
            since: Long;
            static create(properties: corral.v1.ContainerLogsRequest.$Shape): corral.v1.ContainerLogsRequest & corral.v1.ContainerLogsRequest.$Shape;
            static create(properties?: corral.v1.ContainerLogsRequest.$Properties): corral.v1.ContainerLogsRequest;
            static encode(message: corral.v1.ContainerLogsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerLogsRequest & corral.v1.ContainerLogsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerLogsRequest;
            static toObject(message: corral.v1.ContainerLogsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerLogsRequest {
            interface $Properties {
                containerId?: (string|null);
                follow?: (boolean|null);
                tail?: (number|null);
                since?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerLogsRequest.$Properties;
        }

        interface ILogEntry extends corral.v1.LogEntry.$Properties {
        }

        class LogEntry {
            constructor(properties?: corral.v1.LogEntry.$Properties);
            $unknowns?: Uint8Array[];
            timestamp: Long;
            stream: string;
            line: Uint8Array;
            partial: boolean;
            static create(properties: corral.v1.LogEntry.$Shape): corral.v1.LogEntry & corral.v1.LogEntry.$Shape;
            static create(properties?: corral.v1.LogEntry.$Properties): corral.v1.LogEntry;
            static encode(message: corral.v1.LogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.LogEntry & corral.v1.LogEntry.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.LogEntry;
            static toObject(message: corral.v1.LogEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogEntry {
            interface $Properties {
                timestamp?: (Long|null);
                stream?: (string|null);
                line?: (Uint8Array|null);
                partial?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.LogEntry.$Properties;
        }

        interface IContainerLogsEnd extends corral.v1.ContainerLogsEnd.$Properties {
        }

        class ContainerLogsEnd {
            constructor(properties?: corral.v1.ContainerLogsEnd.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.ContainerLogsEnd.$Shape): corral.v1.ContainerLogsEnd & corral.v1.ContainerLogsEnd.$Shape;
            static create(properties?: corral.v1.ContainerLogsEnd.$Properties): corral.v1.ContainerLogsEnd;
            static encode(message: corral.v1.ContainerLogsEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerLogsEnd & corral.v1.ContainerLogsEnd.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerLogsEnd;
            static toObject(message: corral.v1.ContainerLogsEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerLogsEnd {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerLogsEnd.$Properties;
        }

        enum FrameKind {
            REQUEST = 0,
            RESPONSE = 1,
            STREAM = 2,
            STREAM_END = 3,
            CANCEL = 4
        }

        interface IFrame extends corral.v1.Frame.$Properties {
        }

        class Frame {
            constructor(properties?: corral.v1.Frame.$Properties);
            $unknowns?: Uint8Array[];
            id: Long;
            kind: corral.v1.FrameKind;
            method: string;
            payload: Uint8Array;
            status?: (google.rpc.Status.$Properties|null);
            metadata: { [k: string]: string };
            static create(properties: corral.v1.Frame.$Shape): corral.v1.Frame & corral.v1.Frame.$Shape;
            static create(properties?: corral.v1.Frame.$Properties): corral.v1.Frame;
            static encode(message: corral.v1.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.Frame & corral.v1.Frame.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.Frame;
            static toObject(message: corral.v1.Frame, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Frame {
            interface $Properties {
                id?: (Long|null);
                kind?: (corral.v1.FrameKind|null);
                method?: (string|null);
                payload?: (Uint8Array|null);
                status?: (google.rpc.Status.$Properties|null);
                metadata?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.Frame.$Properties;
        }
    }
}
