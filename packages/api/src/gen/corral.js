/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
import "./proto.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const corral = $root.corral = (() => {

    const corral = {};

    corral.v1 = (function() {

        const v1 = {};

        v1.SubscribeRequest = (function() {

            const SubscribeRequest = function (properties) {
                this.filters = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SubscribeRequest.prototype.filters = $util.emptyArray;
            SubscribeRequest.prototype.sinceSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SubscribeRequest.prototype.sinceTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            SubscribeRequest.create = function(properties) {
                return new SubscribeRequest(properties);
            };

            SubscribeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.filters != null && message.filters.length)
                    for (let i = 0; i < message.filters.length; ++i)
                        writer.uint32(10).string(message.filters[i]);
                if (message.sinceSequence != null && $Object.hasOwnProperty.call(message, "sinceSequence") && (typeof message.sinceSequence === "object" ? message.sinceSequence.low || message.sinceSequence.high : message.sinceSequence !== 0))
                    writer.uint32(16).uint64(message.sinceSequence);
                if (message.sinceTime != null && $Object.hasOwnProperty.call(message, "sinceTime") && (typeof message.sinceTime === "object" ? message.sinceTime.low || message.sinceTime.high : message.sinceTime !== 0))
                    writer.uint32(24).int64(message.sinceTime);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SubscribeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.SubscribeRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.filters && message.filters.length))
                                message.filters = [];
                            message.filters.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceSequence = value;
                            else
                                delete message.sinceSequence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceTime = value;
                            else
                                delete message.sinceTime;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SubscribeRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.SubscribeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.SubscribeRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.SubscribeRequest();
                if (object.filters) {
                    if (!$Array.isArray(object.filters))
                        throw $TypeError(".corral.v1.SubscribeRequest.filters: array expected");
                    message.filters = $Array(object.filters.length);
                    for (let i = 0; i < object.filters.length; ++i)
                        message.filters[i] = $String(object.filters[i]);
                }
                if (object.sinceSequence != null)
                    if (typeof object.sinceSequence === "object" ? object.sinceSequence.low || object.sinceSequence.high : $Number(object.sinceSequence) !== 0)
                        if ($util.Long)
                            message.sinceSequence = $util.Long.fromValue(object.sinceSequence, true);
                        else if (typeof object.sinceSequence === "string")
                            message.sinceSequence = $parseInt(object.sinceSequence, 10);
                        else if (typeof object.sinceSequence === "number")
                            message.sinceSequence = object.sinceSequence;
                        else if (typeof object.sinceSequence === "object")
                            message.sinceSequence = new $util.LongBits(object.sinceSequence.low >>> 0, object.sinceSequence.high >>> 0).toNumber(true);
                if (object.sinceTime != null)
                    if (typeof object.sinceTime === "object" ? object.sinceTime.low || object.sinceTime.high : $Number(object.sinceTime) !== 0)
                        if ($util.Long)
                            message.sinceTime = $util.Long.fromValue(object.sinceTime, false);
                        else if (typeof object.sinceTime === "string")
                            message.sinceTime = $parseInt(object.sinceTime, 10);
                        else if (typeof object.sinceTime === "number")
                            message.sinceTime = object.sinceTime;
                        else if (typeof object.sinceTime === "object")
                            message.sinceTime = new $util.LongBits(object.sinceTime.low >>> 0, object.sinceTime.high >>> 0).toNumber();
                return message;
            };

            SubscribeRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.filters = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sinceSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sinceTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.filters && message.filters.length) {
                    object.filters = $Array(message.filters.length);
                    for (let j = 0; j < message.filters.length; ++j)
                        object.filters[j] = message.filters[j];
                }
                if (message.sinceSequence != null && $Object.hasOwnProperty.call(message, "sinceSequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sinceSequence = typeof message.sinceSequence === "number" ? $BigInt(message.sinceSequence) : $util.Long.fromBits(message.sinceSequence.low >>> 0, message.sinceSequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sinceSequence === "number")
                        object.sinceSequence = options.longs === $String ? $String(message.sinceSequence) : message.sinceSequence;
                    else
                        object.sinceSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sinceSequence) : options.longs === $Number ? new $util.LongBits(message.sinceSequence.low >>> 0, message.sinceSequence.high >>> 0).toNumber(true) : message.sinceSequence;
                if (message.sinceTime != null && $Object.hasOwnProperty.call(message, "sinceTime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sinceTime = typeof message.sinceTime === "number" ? $BigInt(message.sinceTime) : $util.Long.fromBits(message.sinceTime.low >>> 0, message.sinceTime.high >>> 0, false).toBigInt();
                    else if (typeof message.sinceTime === "number")
                        object.sinceTime = options.longs === $String ? $String(message.sinceTime) : message.sinceTime;
                    else
                        object.sinceTime = options.longs === $String ? $util.Long.prototype.toString.call(message.sinceTime) : options.longs === $Number ? new $util.LongBits(message.sinceTime.low >>> 0, message.sinceTime.high >>> 0).toNumber() : message.sinceTime;
                return object;
            };

            SubscribeRequest.prototype.toJSON = function() {
                return SubscribeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            SubscribeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.SubscribeRequest";
            };

            return SubscribeRequest;
        })();

        v1.SubscribeEnd = (function() {

            const SubscribeEnd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SubscribeEnd.create = function(properties) {
                return new SubscribeEnd(properties);
            };

            SubscribeEnd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SubscribeEnd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.SubscribeEnd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SubscribeEnd.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.SubscribeEnd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.SubscribeEnd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.corral.v1.SubscribeEnd();
            };

            SubscribeEnd.toObject = function () {
                return {};
            };

            SubscribeEnd.prototype.toJSON = function() {
                return SubscribeEnd.toObject(this, $protobuf.util.toJSONOptions);
            };

            SubscribeEnd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.SubscribeEnd";
            };

            return SubscribeEnd;
        })();

        v1.Event = (function() {

            const Event = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Event.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Event.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Event.prototype.namespace = "";
            Event.prototype.topic = "";
            Event.prototype.event = null;

            Event.create = function(properties) {
                return new Event(properties);
            };

            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(8).uint64(message.sequence);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(16).int64(message.timestamp);
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(26).string(message.namespace);
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(34).string(message.topic);
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.google.protobuf.Any.encode(message.event, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.Event();
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".corral.v1.Event.event: object expected");
                    message.event = $root.google.protobuf.Any.fromObject(object.event, _depth + 1);
                }
                return message;
            };

            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.namespace = "";
                    object.topic = "";
                    object.event = null;
                }
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    object.event = $root.google.protobuf.Any.toObject(message.event, options, _depth + 1);
                return object;
            };

            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.Event";
            };

            return Event;
        })();

        v1.ContainerCreate = (function() {

            const ContainerCreate = function (properties) {
                this.labels = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerCreate.prototype.id = "";
            ContainerCreate.prototype.name = "";
            ContainerCreate.prototype.image = "";
            ContainerCreate.prototype.runtimeHandler = "";
            ContainerCreate.prototype.labels = $util.emptyObject;

            ContainerCreate.create = function(properties) {
                return new ContainerCreate(properties);
            };

            ContainerCreate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image !== "")
                    writer.uint32(26).string(message.image);
                if (message.runtimeHandler != null && $Object.hasOwnProperty.call(message, "runtimeHandler") && message.runtimeHandler !== "")
                    writer.uint32(34).string(message.runtimeHandler);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(42).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerCreate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerCreate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runtimeHandler = value;
                            else
                                delete message.runtimeHandler;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerCreate.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerCreate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerCreate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerCreate();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.image != null)
                    if (typeof object.image !== "string" || object.image.length)
                        message.image = $String(object.image);
                if (object.runtimeHandler != null)
                    if (typeof object.runtimeHandler !== "string" || object.runtimeHandler.length)
                        message.runtimeHandler = $String(object.runtimeHandler);
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".corral.v1.ContainerCreate.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                return message;
            };

            ContainerCreate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.id = "";
                    object.name = "";
                    object.image = "";
                    object.runtimeHandler = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = message.image;
                if (message.runtimeHandler != null && $Object.hasOwnProperty.call(message, "runtimeHandler"))
                    object.runtimeHandler = message.runtimeHandler;
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                return object;
            };

            ContainerCreate.prototype.toJSON = function() {
                return ContainerCreate.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerCreate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerCreate";
            };

            return ContainerCreate;
        })();

        v1.ContainerUpdate = (function() {

            const ContainerUpdate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerUpdate.prototype.id = "";
            ContainerUpdate.prototype.name = "";
            ContainerUpdate.prototype.reason = "";
            ContainerUpdate.prototype.message = "";

            ContainerUpdate.create = function(properties) {
                return new ContainerUpdate(properties);
            };

            ContainerUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(26).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerUpdate();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            ContainerUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.name = "";
                    object.reason = "";
                    object.message = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            ContainerUpdate.prototype.toJSON = function() {
                return ContainerUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerUpdate";
            };

            return ContainerUpdate;
        })();

        v1.ContainerDelete = (function() {

            const ContainerDelete = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerDelete.prototype.id = "";
            ContainerDelete.prototype.name = "";

            ContainerDelete.create = function(properties) {
                return new ContainerDelete(properties);
            };

            ContainerDelete.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerDelete.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerDelete();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerDelete.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerDelete)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerDelete: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerDelete();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            ContainerDelete.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.name = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            ContainerDelete.prototype.toJSON = function() {
                return ContainerDelete.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerDelete.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerDelete";
            };

            return ContainerDelete;
        })();

        v1.ImageCreate = (function() {

            const ImageCreate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ImageCreate.prototype.name = "";
            ImageCreate.prototype.id = "";

            ImageCreate.create = function(properties) {
                return new ImageCreate(properties);
            };

            ImageCreate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(18).string(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ImageCreate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ImageCreate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ImageCreate.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ImageCreate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ImageCreate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ImageCreate();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                return message;
            };

            ImageCreate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.id = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                return object;
            };

            ImageCreate.prototype.toJSON = function() {
                return ImageCreate.toObject(this, $protobuf.util.toJSONOptions);
            };

            ImageCreate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ImageCreate";
            };

            return ImageCreate;
        })();

        v1.ImageUpdate = (function() {

            const ImageUpdate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ImageUpdate.prototype.name = "";
            ImageUpdate.prototype.reason = "";
            ImageUpdate.prototype.message = "";
            ImageUpdate.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ImageUpdate.prototype.durationNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            ImageUpdate.create = function(properties) {
                return new ImageUpdate(properties);
            };

            ImageUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(18).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(26).string(message.message);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(32).uint64(message.size);
                if (message.durationNs != null && $Object.hasOwnProperty.call(message, "durationNs") && (typeof message.durationNs === "object" ? message.durationNs.low || message.durationNs.high : message.durationNs !== 0))
                    writer.uint32(40).int64(message.durationNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ImageUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ImageUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationNs = value;
                            else
                                delete message.durationNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ImageUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ImageUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ImageUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ImageUpdate();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.durationNs != null)
                    if (typeof object.durationNs === "object" ? object.durationNs.low || object.durationNs.high : $Number(object.durationNs) !== 0)
                        if ($util.Long)
                            message.durationNs = $util.Long.fromValue(object.durationNs, false);
                        else if (typeof object.durationNs === "string")
                            message.durationNs = $parseInt(object.durationNs, 10);
                        else if (typeof object.durationNs === "number")
                            message.durationNs = object.durationNs;
                        else if (typeof object.durationNs === "object")
                            message.durationNs = new $util.LongBits(object.durationNs.low >>> 0, object.durationNs.high >>> 0).toNumber();
                return message;
            };

            ImageUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.reason = "";
                    object.message = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.durationNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.durationNs != null && $Object.hasOwnProperty.call(message, "durationNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationNs = typeof message.durationNs === "number" ? $BigInt(message.durationNs) : $util.Long.fromBits(message.durationNs.low >>> 0, message.durationNs.high >>> 0, false).toBigInt();
                    else if (typeof message.durationNs === "number")
                        object.durationNs = options.longs === $String ? $String(message.durationNs) : message.durationNs;
                    else
                        object.durationNs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationNs) : options.longs === $Number ? new $util.LongBits(message.durationNs.low >>> 0, message.durationNs.high >>> 0).toNumber() : message.durationNs;
                return object;
            };

            ImageUpdate.prototype.toJSON = function() {
                return ImageUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            ImageUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ImageUpdate";
            };

            return ImageUpdate;
        })();

        v1.ImageDelete = (function() {

            const ImageDelete = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ImageDelete.prototype.name = "";

            ImageDelete.create = function(properties) {
                return new ImageDelete(properties);
            };

            ImageDelete.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ImageDelete.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ImageDelete();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ImageDelete.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ImageDelete)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ImageDelete: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ImageDelete();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            ImageDelete.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            ImageDelete.prototype.toJSON = function() {
                return ImageDelete.toObject(this, $protobuf.util.toJSONOptions);
            };

            ImageDelete.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ImageDelete";
            };

            return ImageDelete;
        })();

        v1.Image = (function() {

            const Image = function (properties) {
                this.repoTags = [];
                this.repoDigests = [];
                this.labels = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Image.prototype.id = "";
            Image.prototype.repoTags = $util.emptyArray;
            Image.prototype.repoDigests = $util.emptyArray;
            Image.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Image.prototype.user = "";
            Image.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Image.prototype.labels = $util.emptyObject;

            Image.create = function(properties) {
                return new Image(properties);
            };

            Image.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.repoTags != null && message.repoTags.length)
                    for (let i = 0; i < message.repoTags.length; ++i)
                        writer.uint32(18).string(message.repoTags[i]);
                if (message.repoDigests != null && message.repoDigests.length)
                    for (let i = 0; i < message.repoDigests.length; ++i)
                        writer.uint32(26).string(message.repoDigests[i]);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(32).uint64(message.size);
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(42).string(message.user);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                    writer.uint32(48).int64(message.createdAt);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(58).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Image.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.Image();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.repoTags && message.repoTags.length))
                                message.repoTags = [];
                            message.repoTags.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.repoDigests && message.repoDigests.length))
                                message.repoDigests = [];
                            message.repoDigests.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Image.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.Image)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.Image: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.Image();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.repoTags) {
                    if (!$Array.isArray(object.repoTags))
                        throw $TypeError(".corral.v1.Image.repoTags: array expected");
                    message.repoTags = $Array(object.repoTags.length);
                    for (let i = 0; i < object.repoTags.length; ++i)
                        message.repoTags[i] = $String(object.repoTags[i]);
                }
                if (object.repoDigests) {
                    if (!$Array.isArray(object.repoDigests))
                        throw $TypeError(".corral.v1.Image.repoDigests: array expected");
                    message.repoDigests = $Array(object.repoDigests.length);
                    for (let i = 0; i < object.repoDigests.length; ++i)
                        message.repoDigests[i] = $String(object.repoDigests[i]);
                }
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.user != null)
                    if (typeof object.user !== "string" || object.user.length)
                        message.user = $String(object.user);
                if (object.createdAt != null)
                    if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                        if ($util.Long)
                            message.createdAt = $util.Long.fromValue(object.createdAt, false);
                        else if (typeof object.createdAt === "string")
                            message.createdAt = $parseInt(object.createdAt, 10);
                        else if (typeof object.createdAt === "number")
                            message.createdAt = object.createdAt;
                        else if (typeof object.createdAt === "object")
                            message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".corral.v1.Image.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                return message;
            };

            Image.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.repoTags = [];
                    object.repoDigests = [];
                }
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.user = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.repoTags && message.repoTags.length) {
                    object.repoTags = $Array(message.repoTags.length);
                    for (let j = 0; j < message.repoTags.length; ++j)
                        object.repoTags[j] = message.repoTags[j];
                }
                if (message.repoDigests && message.repoDigests.length) {
                    object.repoDigests = $Array(message.repoDigests.length);
                    for (let j = 0; j < message.repoDigests.length; ++j)
                        object.repoDigests[j] = message.repoDigests[j];
                }
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAt === "number")
                        object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                    else
                        object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                return object;
            };

            Image.prototype.toJSON = function() {
                return Image.toObject(this, $protobuf.util.toJSONOptions);
            };

            Image.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.Image";
            };

            return Image;
        })();

        v1.ImageFilter = (function() {

            const ImageFilter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ImageFilter.prototype.image = null;

            ImageFilter.create = function(properties) {
                return new ImageFilter(properties);
            };

            ImageFilter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    $root.corral.v1.ImageSpec.encode(message.image, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ImageFilter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ImageFilter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.image = $root.corral.v1.ImageSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ImageFilter.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ImageFilter)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ImageFilter: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ImageFilter();
                if (object.image != null) {
                    if (!$util.isObject(object.image))
                        throw $TypeError(".corral.v1.ImageFilter.image: object expected");
                    message.image = $root.corral.v1.ImageSpec.fromObject(object.image, _depth + 1);
                }
                return message;
            };

            ImageFilter.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.image = null;
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = $root.corral.v1.ImageSpec.toObject(message.image, options, _depth + 1);
                return object;
            };

            ImageFilter.prototype.toJSON = function() {
                return ImageFilter.toObject(this, $protobuf.util.toJSONOptions);
            };

            ImageFilter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ImageFilter";
            };

            return ImageFilter;
        })();

        v1.ListImagesRequest = (function() {

            const ListImagesRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListImagesRequest.prototype.filter = null;

            ListImagesRequest.create = function(properties) {
                return new ListImagesRequest(properties);
            };

            ListImagesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    $root.corral.v1.ImageFilter.encode(message.filter, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListImagesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ListImagesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.filter = $root.corral.v1.ImageFilter.decode(reader, reader.size(), $undefined, _depth + 1, message.filter);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListImagesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ListImagesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ListImagesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ListImagesRequest();
                if (object.filter != null) {
                    if (!$util.isObject(object.filter))
                        throw $TypeError(".corral.v1.ListImagesRequest.filter: object expected");
                    message.filter = $root.corral.v1.ImageFilter.fromObject(object.filter, _depth + 1);
                }
                return message;
            };

            ListImagesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.filter = null;
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    object.filter = $root.corral.v1.ImageFilter.toObject(message.filter, options, _depth + 1);
                return object;
            };

            ListImagesRequest.prototype.toJSON = function() {
                return ListImagesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ListImagesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ListImagesRequest";
            };

            return ListImagesRequest;
        })();

        v1.ListImagesResponse = (function() {

            const ListImagesResponse = function (properties) {
                this.images = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListImagesResponse.prototype.images = $util.emptyArray;

            ListImagesResponse.create = function(properties) {
                return new ListImagesResponse(properties);
            };

            ListImagesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.images != null && message.images.length)
                    for (let i = 0; i < message.images.length; ++i)
                        $root.corral.v1.Image.encode(message.images[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListImagesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ListImagesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.images && message.images.length))
                                message.images = [];
                            message.images.push($root.corral.v1.Image.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListImagesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ListImagesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ListImagesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ListImagesResponse();
                if (object.images) {
                    if (!$Array.isArray(object.images))
                        throw $TypeError(".corral.v1.ListImagesResponse.images: array expected");
                    message.images = $Array(object.images.length);
                    for (let i = 0; i < object.images.length; ++i) {
                        if (!$util.isObject(object.images[i]))
                            throw $TypeError(".corral.v1.ListImagesResponse.images: object expected");
                        message.images[i] = $root.corral.v1.Image.fromObject(object.images[i], _depth + 1);
                    }
                }
                return message;
            };

            ListImagesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.images = [];
                if (message.images && message.images.length) {
                    object.images = $Array(message.images.length);
                    for (let j = 0; j < message.images.length; ++j)
                        object.images[j] = $root.corral.v1.Image.toObject(message.images[j], options, _depth + 1);
                }
                return object;
            };

            ListImagesResponse.prototype.toJSON = function() {
                return ListImagesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ListImagesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ListImagesResponse";
            };

            return ListImagesResponse;
        })();

        v1.ImageStatusRequest = (function() {

            const ImageStatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ImageStatusRequest.prototype.image = null;
            ImageStatusRequest.prototype.verbose = false;

            ImageStatusRequest.create = function(properties) {
                return new ImageStatusRequest(properties);
            };

            ImageStatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    $root.corral.v1.ImageSpec.encode(message.image, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.verbose != null && $Object.hasOwnProperty.call(message, "verbose") && message.verbose !== false)
                    writer.uint32(16).bool(message.verbose);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ImageStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ImageStatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.image = $root.corral.v1.ImageSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.verbose = value;
                            else
                                delete message.verbose;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ImageStatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ImageStatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ImageStatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ImageStatusRequest();
                if (object.image != null) {
                    if (!$util.isObject(object.image))
                        throw $TypeError(".corral.v1.ImageStatusRequest.image: object expected");
                    message.image = $root.corral.v1.ImageSpec.fromObject(object.image, _depth + 1);
                }
                if (object.verbose != null)
                    if (object.verbose)
                        message.verbose = $Boolean(object.verbose);
                return message;
            };

            ImageStatusRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.image = null;
                    object.verbose = false;
                }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = $root.corral.v1.ImageSpec.toObject(message.image, options, _depth + 1);
                if (message.verbose != null && $Object.hasOwnProperty.call(message, "verbose"))
                    object.verbose = message.verbose;
                return object;
            };

            ImageStatusRequest.prototype.toJSON = function() {
                return ImageStatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ImageStatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ImageStatusRequest";
            };

            return ImageStatusRequest;
        })();

        v1.ImageStatusResponse = (function() {

            const ImageStatusResponse = function (properties) {
                this.info = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ImageStatusResponse.prototype.image = null;
            ImageStatusResponse.prototype.info = $util.emptyObject;

            ImageStatusResponse.create = function(properties) {
                return new ImageStatusResponse(properties);
            };

            ImageStatusResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    $root.corral.v1.Image.encode(message.image, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    for (let keys = $Object.keys(message.info), i = 0; i < keys.length; ++i)
                        writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.info[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ImageStatusResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ImageStatusResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.image = $root.corral.v1.Image.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.info === $util.emptyObject)
                                message.info = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.info, key);
                            message.info[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ImageStatusResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ImageStatusResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ImageStatusResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ImageStatusResponse();
                if (object.image != null) {
                    if (!$util.isObject(object.image))
                        throw $TypeError(".corral.v1.ImageStatusResponse.image: object expected");
                    message.image = $root.corral.v1.Image.fromObject(object.image, _depth + 1);
                }
                if (object.info) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".corral.v1.ImageStatusResponse.info: object expected");
                    message.info = {};
                    for (let keys = $Object.keys(object.info), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.info, keys[i]);
                        message.info[keys[i]] = $String(object.info[keys[i]]);
                    }
                }
                return message;
            };

            ImageStatusResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.info = {};
                if (options.defaults)
                    object.image = null;
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = $root.corral.v1.Image.toObject(message.image, options, _depth + 1);
                let keys2;
                if (message.info && (keys2 = $Object.keys(message.info)).length) {
                    object.info = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.info, keys2[j]);
                        object.info[keys2[j]] = message.info[keys2[j]];
                    }
                }
                return object;
            };

            ImageStatusResponse.prototype.toJSON = function() {
                return ImageStatusResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ImageStatusResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ImageStatusResponse";
            };

            return ImageStatusResponse;
        })();

        v1.AuthConfig = (function() {

            const AuthConfig = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AuthConfig.prototype.username = "";
            AuthConfig.prototype.password = "";
            AuthConfig.prototype.auth = "";
            AuthConfig.prototype.serverAddress = "";
            AuthConfig.prototype.identityToken = "";
            AuthConfig.prototype.registryToken = "";

            AuthConfig.create = function(properties) {
                return new AuthConfig(properties);
            };

            AuthConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                    writer.uint32(10).string(message.username);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                    writer.uint32(18).string(message.password);
                if (message.auth != null && $Object.hasOwnProperty.call(message, "auth") && message.auth !== "")
                    writer.uint32(26).string(message.auth);
                if (message.serverAddress != null && $Object.hasOwnProperty.call(message, "serverAddress") && message.serverAddress !== "")
                    writer.uint32(34).string(message.serverAddress);
                if (message.identityToken != null && $Object.hasOwnProperty.call(message, "identityToken") && message.identityToken !== "")
                    writer.uint32(42).string(message.identityToken);
                if (message.registryToken != null && $Object.hasOwnProperty.call(message, "registryToken") && message.registryToken !== "")
                    writer.uint32(50).string(message.registryToken);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AuthConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.AuthConfig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.username = value;
                            else
                                delete message.username;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.password = value;
                            else
                                delete message.password;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.auth = value;
                            else
                                delete message.auth;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverAddress = value;
                            else
                                delete message.serverAddress;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identityToken = value;
                            else
                                delete message.identityToken;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.registryToken = value;
                            else
                                delete message.registryToken;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AuthConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.AuthConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.AuthConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.AuthConfig();
                if (object.username != null)
                    if (typeof object.username !== "string" || object.username.length)
                        message.username = $String(object.username);
                if (object.password != null)
                    if (typeof object.password !== "string" || object.password.length)
                        message.password = $String(object.password);
                if (object.auth != null)
                    if (typeof object.auth !== "string" || object.auth.length)
                        message.auth = $String(object.auth);
                if (object.serverAddress != null)
                    if (typeof object.serverAddress !== "string" || object.serverAddress.length)
                        message.serverAddress = $String(object.serverAddress);
                if (object.identityToken != null)
                    if (typeof object.identityToken !== "string" || object.identityToken.length)
                        message.identityToken = $String(object.identityToken);
                if (object.registryToken != null)
                    if (typeof object.registryToken !== "string" || object.registryToken.length)
                        message.registryToken = $String(object.registryToken);
                return message;
            };

            AuthConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.username = "";
                    object.password = "";
                    object.auth = "";
                    object.serverAddress = "";
                    object.identityToken = "";
                    object.registryToken = "";
                }
                if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                    object.username = message.username;
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    object.password = message.password;
                if (message.auth != null && $Object.hasOwnProperty.call(message, "auth"))
                    object.auth = message.auth;
                if (message.serverAddress != null && $Object.hasOwnProperty.call(message, "serverAddress"))
                    object.serverAddress = message.serverAddress;
                if (message.identityToken != null && $Object.hasOwnProperty.call(message, "identityToken"))
                    object.identityToken = message.identityToken;
                if (message.registryToken != null && $Object.hasOwnProperty.call(message, "registryToken"))
                    object.registryToken = message.registryToken;
                return object;
            };

            AuthConfig.prototype.toJSON = function() {
                return AuthConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            AuthConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.AuthConfig";
            };

            return AuthConfig;
        })();

        v1.PullImageRequest = (function() {

            const PullImageRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PullImageRequest.prototype.image = null;
            PullImageRequest.prototype.auth = null;
            PullImageRequest.prototype.ignoreBackoff = false;

            PullImageRequest.create = function(properties) {
                return new PullImageRequest(properties);
            };

            PullImageRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    $root.corral.v1.ImageSpec.encode(message.image, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.auth != null && $Object.hasOwnProperty.call(message, "auth"))
                    $root.corral.v1.AuthConfig.encode(message.auth, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.ignoreBackoff != null && $Object.hasOwnProperty.call(message, "ignoreBackoff") && message.ignoreBackoff !== false)
                    writer.uint32(24).bool(message.ignoreBackoff);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PullImageRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.PullImageRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.image = $root.corral.v1.ImageSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.auth = $root.corral.v1.AuthConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.auth);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ignoreBackoff = value;
                            else
                                delete message.ignoreBackoff;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PullImageRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.PullImageRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.PullImageRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.PullImageRequest();
                if (object.image != null) {
                    if (!$util.isObject(object.image))
                        throw $TypeError(".corral.v1.PullImageRequest.image: object expected");
                    message.image = $root.corral.v1.ImageSpec.fromObject(object.image, _depth + 1);
                }
                if (object.auth != null) {
                    if (!$util.isObject(object.auth))
                        throw $TypeError(".corral.v1.PullImageRequest.auth: object expected");
                    message.auth = $root.corral.v1.AuthConfig.fromObject(object.auth, _depth + 1);
                }
                if (object.ignoreBackoff != null)
                    if (object.ignoreBackoff)
                        message.ignoreBackoff = $Boolean(object.ignoreBackoff);
                return message;
            };

            PullImageRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.image = null;
                    object.auth = null;
                    object.ignoreBackoff = false;
                }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = $root.corral.v1.ImageSpec.toObject(message.image, options, _depth + 1);
                if (message.auth != null && $Object.hasOwnProperty.call(message, "auth"))
                    object.auth = $root.corral.v1.AuthConfig.toObject(message.auth, options, _depth + 1);
                if (message.ignoreBackoff != null && $Object.hasOwnProperty.call(message, "ignoreBackoff"))
                    object.ignoreBackoff = message.ignoreBackoff;
                return object;
            };

            PullImageRequest.prototype.toJSON = function() {
                return PullImageRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            PullImageRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.PullImageRequest";
            };

            return PullImageRequest;
        })();

        v1.PullImageResponse = (function() {

            const PullImageResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PullImageResponse.prototype.imageRef = "";

            PullImageResponse.create = function(properties) {
                return new PullImageResponse(properties);
            };

            PullImageResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef") && message.imageRef !== "")
                    writer.uint32(10).string(message.imageRef);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PullImageResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.PullImageResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.imageRef = value;
                            else
                                delete message.imageRef;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PullImageResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.PullImageResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.PullImageResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.PullImageResponse();
                if (object.imageRef != null)
                    if (typeof object.imageRef !== "string" || object.imageRef.length)
                        message.imageRef = $String(object.imageRef);
                return message;
            };

            PullImageResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.imageRef = "";
                if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                    object.imageRef = message.imageRef;
                return object;
            };

            PullImageResponse.prototype.toJSON = function() {
                return PullImageResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            PullImageResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.PullImageResponse";
            };

            return PullImageResponse;
        })();

        v1.PullProgress = (function() {

            const PullProgress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PullProgress.prototype.ref = "";
            PullProgress.prototype.digest = "";
            PullProgress.prototype.kind = "";
            PullProgress.prototype.index = 0;
            PullProgress.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PullProgress.prototype.done = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PullProgress.prototype.bytesPerSecond = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PullProgress.prototype.status = "";

            PullProgress.create = function(properties) {
                return new PullProgress(properties);
            };

            PullProgress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== "")
                    writer.uint32(10).string(message.ref);
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                    writer.uint32(18).string(message.digest);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(26).string(message.kind);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(32).uint32(message.index);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                    writer.uint32(40).uint64(message.total);
                if (message.done != null && $Object.hasOwnProperty.call(message, "done") && (typeof message.done === "object" ? message.done.low || message.done.high : message.done !== 0))
                    writer.uint32(48).uint64(message.done);
                if (message.bytesPerSecond != null && $Object.hasOwnProperty.call(message, "bytesPerSecond") && (typeof message.bytesPerSecond === "object" ? message.bytesPerSecond.low || message.bytesPerSecond.high : message.bytesPerSecond !== 0))
                    writer.uint32(56).uint64(message.bytesPerSecond);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(66).string(message.status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PullProgress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.PullProgress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.digest = value;
                            else
                                delete message.digest;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.done = value;
                            else
                                delete message.done;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesPerSecond = value;
                            else
                                delete message.bytesPerSecond;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PullProgress.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.PullProgress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.PullProgress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.PullProgress();
                if (object.ref != null)
                    if (typeof object.ref !== "string" || object.ref.length)
                        message.ref = $String(object.ref);
                if (object.digest != null)
                    if (typeof object.digest !== "string" || object.digest.length)
                        message.digest = $String(object.digest);
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.total != null)
                    if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                        if ($util.Long)
                            message.total = $util.Long.fromValue(object.total, true);
                        else if (typeof object.total === "string")
                            message.total = $parseInt(object.total, 10);
                        else if (typeof object.total === "number")
                            message.total = object.total;
                        else if (typeof object.total === "object")
                            message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber(true);
                if (object.done != null)
                    if (typeof object.done === "object" ? object.done.low || object.done.high : $Number(object.done) !== 0)
                        if ($util.Long)
                            message.done = $util.Long.fromValue(object.done, true);
                        else if (typeof object.done === "string")
                            message.done = $parseInt(object.done, 10);
                        else if (typeof object.done === "number")
                            message.done = object.done;
                        else if (typeof object.done === "object")
                            message.done = new $util.LongBits(object.done.low >>> 0, object.done.high >>> 0).toNumber(true);
                if (object.bytesPerSecond != null)
                    if (typeof object.bytesPerSecond === "object" ? object.bytesPerSecond.low || object.bytesPerSecond.high : $Number(object.bytesPerSecond) !== 0)
                        if ($util.Long)
                            message.bytesPerSecond = $util.Long.fromValue(object.bytesPerSecond, true);
                        else if (typeof object.bytesPerSecond === "string")
                            message.bytesPerSecond = $parseInt(object.bytesPerSecond, 10);
                        else if (typeof object.bytesPerSecond === "number")
                            message.bytesPerSecond = object.bytesPerSecond;
                        else if (typeof object.bytesPerSecond === "object")
                            message.bytesPerSecond = new $util.LongBits(object.bytesPerSecond.low >>> 0, object.bytesPerSecond.high >>> 0).toNumber(true);
                if (object.status != null)
                    if (typeof object.status !== "string" || object.status.length)
                        message.status = $String(object.status);
                return message;
            };

            PullProgress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.ref = "";
                    object.digest = "";
                    object.kind = "";
                    object.index = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.done = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.done = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesPerSecond = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesPerSecond = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.status = "";
                }
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    object.ref = message.ref;
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    object.digest = message.digest;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, true).toBigInt();
                    else if (typeof message.total === "number")
                        object.total = options.longs === $String ? $String(message.total) : message.total;
                    else
                        object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber(true) : message.total;
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.done = typeof message.done === "number" ? $BigInt(message.done) : $util.Long.fromBits(message.done.low >>> 0, message.done.high >>> 0, true).toBigInt();
                    else if (typeof message.done === "number")
                        object.done = options.longs === $String ? $String(message.done) : message.done;
                    else
                        object.done = options.longs === $String ? $util.Long.prototype.toString.call(message.done) : options.longs === $Number ? new $util.LongBits(message.done.low >>> 0, message.done.high >>> 0).toNumber(true) : message.done;
                if (message.bytesPerSecond != null && $Object.hasOwnProperty.call(message, "bytesPerSecond"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesPerSecond = typeof message.bytesPerSecond === "number" ? $BigInt(message.bytesPerSecond) : $util.Long.fromBits(message.bytesPerSecond.low >>> 0, message.bytesPerSecond.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesPerSecond === "number")
                        object.bytesPerSecond = options.longs === $String ? $String(message.bytesPerSecond) : message.bytesPerSecond;
                    else
                        object.bytesPerSecond = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesPerSecond) : options.longs === $Number ? new $util.LongBits(message.bytesPerSecond.low >>> 0, message.bytesPerSecond.high >>> 0).toNumber(true) : message.bytesPerSecond;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                return object;
            };

            PullProgress.prototype.toJSON = function() {
                return PullProgress.toObject(this, $protobuf.util.toJSONOptions);
            };

            PullProgress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.PullProgress";
            };

            return PullProgress;
        })();

        v1.RemoveImageRequest = (function() {

            const RemoveImageRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RemoveImageRequest.prototype.image = null;
            RemoveImageRequest.prototype.force = false;

            RemoveImageRequest.create = function(properties) {
                return new RemoveImageRequest(properties);
            };

            RemoveImageRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    $root.corral.v1.ImageSpec.encode(message.image, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.force != null && $Object.hasOwnProperty.call(message, "force") && message.force !== false)
                    writer.uint32(16).bool(message.force);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RemoveImageRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.RemoveImageRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.image = $root.corral.v1.ImageSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.force = value;
                            else
                                delete message.force;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RemoveImageRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.RemoveImageRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.RemoveImageRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.RemoveImageRequest();
                if (object.image != null) {
                    if (!$util.isObject(object.image))
                        throw $TypeError(".corral.v1.RemoveImageRequest.image: object expected");
                    message.image = $root.corral.v1.ImageSpec.fromObject(object.image, _depth + 1);
                }
                if (object.force != null)
                    if (object.force)
                        message.force = $Boolean(object.force);
                return message;
            };

            RemoveImageRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.image = null;
                    object.force = false;
                }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = $root.corral.v1.ImageSpec.toObject(message.image, options, _depth + 1);
                if (message.force != null && $Object.hasOwnProperty.call(message, "force"))
                    object.force = message.force;
                return object;
            };

            RemoveImageRequest.prototype.toJSON = function() {
                return RemoveImageRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            RemoveImageRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.RemoveImageRequest";
            };

            return RemoveImageRequest;
        })();

        v1.RemoveImageResponse = (function() {

            const RemoveImageResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RemoveImageResponse.create = function(properties) {
                return new RemoveImageResponse(properties);
            };

            RemoveImageResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RemoveImageResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.RemoveImageResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RemoveImageResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.RemoveImageResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.RemoveImageResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.corral.v1.RemoveImageResponse();
            };

            RemoveImageResponse.toObject = function () {
                return {};
            };

            RemoveImageResponse.prototype.toJSON = function() {
                return RemoveImageResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            RemoveImageResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.RemoveImageResponse";
            };

            return RemoveImageResponse;
        })();

        v1.ImportImageRequest = (function() {

            const ImportImageRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ImportImageRequest.prototype.format = "";
            ImportImageRequest.prototype.name = "";

            ImportImageRequest.create = function(properties) {
                return new ImportImageRequest(properties);
            };

            ImportImageRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(10).string(message.format);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ImportImageRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ImportImageRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ImportImageRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ImportImageRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ImportImageRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ImportImageRequest();
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            ImportImageRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.format = "";
                    object.name = "";
                }
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            ImportImageRequest.prototype.toJSON = function() {
                return ImportImageRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ImportImageRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ImportImageRequest";
            };

            return ImportImageRequest;
        })();

        v1.ImportChunk = (function() {

            const ImportChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ImportChunk.prototype.data = $util.newBuffer([]);

            ImportChunk.create = function(properties) {
                return new ImportChunk(properties);
            };

            ImportChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(10).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ImportChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ImportChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ImportChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ImportChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ImportChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ImportChunk();
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            ImportChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            ImportChunk.prototype.toJSON = function() {
                return ImportChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            ImportChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ImportChunk";
            };

            return ImportChunk;
        })();

        v1.ImportImageResponse = (function() {

            const ImportImageResponse = function (properties) {
                this.images = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ImportImageResponse.prototype.images = $util.emptyArray;

            ImportImageResponse.create = function(properties) {
                return new ImportImageResponse(properties);
            };

            ImportImageResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.images != null && message.images.length)
                    for (let i = 0; i < message.images.length; ++i)
                        $root.corral.v1.Image.encode(message.images[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ImportImageResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ImportImageResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.images && message.images.length))
                                message.images = [];
                            message.images.push($root.corral.v1.Image.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ImportImageResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ImportImageResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ImportImageResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ImportImageResponse();
                if (object.images) {
                    if (!$Array.isArray(object.images))
                        throw $TypeError(".corral.v1.ImportImageResponse.images: array expected");
                    message.images = $Array(object.images.length);
                    for (let i = 0; i < object.images.length; ++i) {
                        if (!$util.isObject(object.images[i]))
                            throw $TypeError(".corral.v1.ImportImageResponse.images: object expected");
                        message.images[i] = $root.corral.v1.Image.fromObject(object.images[i], _depth + 1);
                    }
                }
                return message;
            };

            ImportImageResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.images = [];
                if (message.images && message.images.length) {
                    object.images = $Array(message.images.length);
                    for (let j = 0; j < message.images.length; ++j)
                        object.images[j] = $root.corral.v1.Image.toObject(message.images[j], options, _depth + 1);
                }
                return object;
            };

            ImportImageResponse.prototype.toJSON = function() {
                return ImportImageResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ImportImageResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ImportImageResponse";
            };

            return ImportImageResponse;
        })();

        v1.ExportImageRequest = (function() {

            const ExportImageRequest = function (properties) {
                this.images = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExportImageRequest.prototype.images = $util.emptyArray;
            ExportImageRequest.prototype.format = "";

            ExportImageRequest.create = function(properties) {
                return new ExportImageRequest(properties);
            };

            ExportImageRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.images != null && message.images.length)
                    for (let i = 0; i < message.images.length; ++i)
                        $root.corral.v1.ImageSpec.encode(message.images[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(18).string(message.format);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExportImageRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ExportImageRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.images && message.images.length))
                                message.images = [];
                            message.images.push($root.corral.v1.ImageSpec.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExportImageRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ExportImageRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ExportImageRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ExportImageRequest();
                if (object.images) {
                    if (!$Array.isArray(object.images))
                        throw $TypeError(".corral.v1.ExportImageRequest.images: array expected");
                    message.images = $Array(object.images.length);
                    for (let i = 0; i < object.images.length; ++i) {
                        if (!$util.isObject(object.images[i]))
                            throw $TypeError(".corral.v1.ExportImageRequest.images: object expected");
                        message.images[i] = $root.corral.v1.ImageSpec.fromObject(object.images[i], _depth + 1);
                    }
                }
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                return message;
            };

            ExportImageRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.images = [];
                if (options.defaults)
                    object.format = "";
                if (message.images && message.images.length) {
                    object.images = $Array(message.images.length);
                    for (let j = 0; j < message.images.length; ++j)
                        object.images[j] = $root.corral.v1.ImageSpec.toObject(message.images[j], options, _depth + 1);
                }
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                return object;
            };

            ExportImageRequest.prototype.toJSON = function() {
                return ExportImageRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExportImageRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ExportImageRequest";
            };

            return ExportImageRequest;
        })();

        v1.ExportChunk = (function() {

            const ExportChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExportChunk.prototype.data = $util.newBuffer([]);

            ExportChunk.create = function(properties) {
                return new ExportChunk(properties);
            };

            ExportChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(10).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExportChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ExportChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExportChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ExportChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ExportChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ExportChunk();
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            ExportChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            ExportChunk.prototype.toJSON = function() {
                return ExportChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExportChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ExportChunk";
            };

            return ExportChunk;
        })();

        v1.ExportImageEnd = (function() {

            const ExportImageEnd = function (properties) {
                this.images = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExportImageEnd.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ExportImageEnd.prototype.images = $util.emptyArray;

            ExportImageEnd.create = function(properties) {
                return new ExportImageEnd(properties);
            };

            ExportImageEnd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(8).uint64(message.size);
                if (message.images != null && message.images.length)
                    for (let i = 0; i < message.images.length; ++i)
                        $root.corral.v1.Image.encode(message.images[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExportImageEnd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ExportImageEnd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.images && message.images.length))
                                message.images = [];
                            message.images.push($root.corral.v1.Image.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExportImageEnd.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ExportImageEnd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ExportImageEnd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ExportImageEnd();
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.images) {
                    if (!$Array.isArray(object.images))
                        throw $TypeError(".corral.v1.ExportImageEnd.images: array expected");
                    message.images = $Array(object.images.length);
                    for (let i = 0; i < object.images.length; ++i) {
                        if (!$util.isObject(object.images[i]))
                            throw $TypeError(".corral.v1.ExportImageEnd.images: object expected");
                        message.images[i] = $root.corral.v1.Image.fromObject(object.images[i], _depth + 1);
                    }
                }
                return message;
            };

            ExportImageEnd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.images = [];
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.images && message.images.length) {
                    object.images = $Array(message.images.length);
                    for (let j = 0; j < message.images.length; ++j)
                        object.images[j] = $root.corral.v1.Image.toObject(message.images[j], options, _depth + 1);
                }
                return object;
            };

            ExportImageEnd.prototype.toJSON = function() {
                return ExportImageEnd.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExportImageEnd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ExportImageEnd";
            };

            return ExportImageEnd;
        })();

        v1.FilesystemUsage = (function() {

            const FilesystemUsage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FilesystemUsage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            FilesystemUsage.prototype.mountpoint = "";
            FilesystemUsage.prototype.usedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FilesystemUsage.prototype.inodesUsed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            FilesystemUsage.create = function(properties) {
                return new FilesystemUsage(properties);
            };

            FilesystemUsage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(8).int64(message.timestamp);
                if (message.mountpoint != null && $Object.hasOwnProperty.call(message, "mountpoint") && message.mountpoint !== "")
                    writer.uint32(18).string(message.mountpoint);
                if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes") && (typeof message.usedBytes === "object" ? message.usedBytes.low || message.usedBytes.high : message.usedBytes !== 0))
                    writer.uint32(24).uint64(message.usedBytes);
                if (message.inodesUsed != null && $Object.hasOwnProperty.call(message, "inodesUsed") && (typeof message.inodesUsed === "object" ? message.inodesUsed.low || message.inodesUsed.high : message.inodesUsed !== 0))
                    writer.uint32(32).uint64(message.inodesUsed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FilesystemUsage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.FilesystemUsage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mountpoint = value;
                            else
                                delete message.mountpoint;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.usedBytes = value;
                            else
                                delete message.usedBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inodesUsed = value;
                            else
                                delete message.inodesUsed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FilesystemUsage.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.FilesystemUsage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.FilesystemUsage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.FilesystemUsage();
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.mountpoint != null)
                    if (typeof object.mountpoint !== "string" || object.mountpoint.length)
                        message.mountpoint = $String(object.mountpoint);
                if (object.usedBytes != null)
                    if (typeof object.usedBytes === "object" ? object.usedBytes.low || object.usedBytes.high : $Number(object.usedBytes) !== 0)
                        if ($util.Long)
                            message.usedBytes = $util.Long.fromValue(object.usedBytes, true);
                        else if (typeof object.usedBytes === "string")
                            message.usedBytes = $parseInt(object.usedBytes, 10);
                        else if (typeof object.usedBytes === "number")
                            message.usedBytes = object.usedBytes;
                        else if (typeof object.usedBytes === "object")
                            message.usedBytes = new $util.LongBits(object.usedBytes.low >>> 0, object.usedBytes.high >>> 0).toNumber(true);
                if (object.inodesUsed != null)
                    if (typeof object.inodesUsed === "object" ? object.inodesUsed.low || object.inodesUsed.high : $Number(object.inodesUsed) !== 0)
                        if ($util.Long)
                            message.inodesUsed = $util.Long.fromValue(object.inodesUsed, true);
                        else if (typeof object.inodesUsed === "string")
                            message.inodesUsed = $parseInt(object.inodesUsed, 10);
                        else if (typeof object.inodesUsed === "number")
                            message.inodesUsed = object.inodesUsed;
                        else if (typeof object.inodesUsed === "object")
                            message.inodesUsed = new $util.LongBits(object.inodesUsed.low >>> 0, object.inodesUsed.high >>> 0).toNumber(true);
                return message;
            };

            FilesystemUsage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.mountpoint = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.usedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.usedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.inodesUsed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.inodesUsed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.mountpoint != null && $Object.hasOwnProperty.call(message, "mountpoint"))
                    object.mountpoint = message.mountpoint;
                if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.usedBytes = typeof message.usedBytes === "number" ? $BigInt(message.usedBytes) : $util.Long.fromBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.usedBytes === "number")
                        object.usedBytes = options.longs === $String ? $String(message.usedBytes) : message.usedBytes;
                    else
                        object.usedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.usedBytes) : options.longs === $Number ? new $util.LongBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0).toNumber(true) : message.usedBytes;
                if (message.inodesUsed != null && $Object.hasOwnProperty.call(message, "inodesUsed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.inodesUsed = typeof message.inodesUsed === "number" ? $BigInt(message.inodesUsed) : $util.Long.fromBits(message.inodesUsed.low >>> 0, message.inodesUsed.high >>> 0, true).toBigInt();
                    else if (typeof message.inodesUsed === "number")
                        object.inodesUsed = options.longs === $String ? $String(message.inodesUsed) : message.inodesUsed;
                    else
                        object.inodesUsed = options.longs === $String ? $util.Long.prototype.toString.call(message.inodesUsed) : options.longs === $Number ? new $util.LongBits(message.inodesUsed.low >>> 0, message.inodesUsed.high >>> 0).toNumber(true) : message.inodesUsed;
                return object;
            };

            FilesystemUsage.prototype.toJSON = function() {
                return FilesystemUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            FilesystemUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.FilesystemUsage";
            };

            return FilesystemUsage;
        })();

        v1.ImageFsInfoRequest = (function() {

            const ImageFsInfoRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ImageFsInfoRequest.create = function(properties) {
                return new ImageFsInfoRequest(properties);
            };

            ImageFsInfoRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ImageFsInfoRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ImageFsInfoRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ImageFsInfoRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ImageFsInfoRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ImageFsInfoRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.corral.v1.ImageFsInfoRequest();
            };

            ImageFsInfoRequest.toObject = function () {
                return {};
            };

            ImageFsInfoRequest.prototype.toJSON = function() {
                return ImageFsInfoRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ImageFsInfoRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ImageFsInfoRequest";
            };

            return ImageFsInfoRequest;
        })();

        v1.ImageFsInfoResponse = (function() {

            const ImageFsInfoResponse = function (properties) {
                this.imageFilesystems = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ImageFsInfoResponse.prototype.imageFilesystems = $util.emptyArray;

            ImageFsInfoResponse.create = function(properties) {
                return new ImageFsInfoResponse(properties);
            };

            ImageFsInfoResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.imageFilesystems != null && message.imageFilesystems.length)
                    for (let i = 0; i < message.imageFilesystems.length; ++i)
                        $root.corral.v1.FilesystemUsage.encode(message.imageFilesystems[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ImageFsInfoResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ImageFsInfoResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.imageFilesystems && message.imageFilesystems.length))
                                message.imageFilesystems = [];
                            message.imageFilesystems.push($root.corral.v1.FilesystemUsage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ImageFsInfoResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ImageFsInfoResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ImageFsInfoResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ImageFsInfoResponse();
                if (object.imageFilesystems) {
                    if (!$Array.isArray(object.imageFilesystems))
                        throw $TypeError(".corral.v1.ImageFsInfoResponse.imageFilesystems: array expected");
                    message.imageFilesystems = $Array(object.imageFilesystems.length);
                    for (let i = 0; i < object.imageFilesystems.length; ++i) {
                        if (!$util.isObject(object.imageFilesystems[i]))
                            throw $TypeError(".corral.v1.ImageFsInfoResponse.imageFilesystems: object expected");
                        message.imageFilesystems[i] = $root.corral.v1.FilesystemUsage.fromObject(object.imageFilesystems[i], _depth + 1);
                    }
                }
                return message;
            };

            ImageFsInfoResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.imageFilesystems = [];
                if (message.imageFilesystems && message.imageFilesystems.length) {
                    object.imageFilesystems = $Array(message.imageFilesystems.length);
                    for (let j = 0; j < message.imageFilesystems.length; ++j)
                        object.imageFilesystems[j] = $root.corral.v1.FilesystemUsage.toObject(message.imageFilesystems[j], options, _depth + 1);
                }
                return object;
            };

            ImageFsInfoResponse.prototype.toJSON = function() {
                return ImageFsInfoResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ImageFsInfoResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ImageFsInfoResponse";
            };

            return ImageFsInfoResponse;
        })();

        v1.VersionRequest = (function() {

            const VersionRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            VersionRequest.prototype.version = "";

            VersionRequest.create = function(properties) {
                return new VersionRequest(properties);
            };

            VersionRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(10).string(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            VersionRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.VersionRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            VersionRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.VersionRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.VersionRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.VersionRequest();
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                return message;
            };

            VersionRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.version = "";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                return object;
            };

            VersionRequest.prototype.toJSON = function() {
                return VersionRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            VersionRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.VersionRequest";
            };

            return VersionRequest;
        })();

        v1.VersionResponse = (function() {

            const VersionResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            VersionResponse.prototype.version = "";
            VersionResponse.prototype.runtimeName = "";
            VersionResponse.prototype.runtimeVersion = "";
            VersionResponse.prototype.runtimeApiVersion = "";

            VersionResponse.create = function(properties) {
                return new VersionResponse(properties);
            };

            VersionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(10).string(message.version);
                if (message.runtimeName != null && $Object.hasOwnProperty.call(message, "runtimeName") && message.runtimeName !== "")
                    writer.uint32(18).string(message.runtimeName);
                if (message.runtimeVersion != null && $Object.hasOwnProperty.call(message, "runtimeVersion") && message.runtimeVersion !== "")
                    writer.uint32(26).string(message.runtimeVersion);
                if (message.runtimeApiVersion != null && $Object.hasOwnProperty.call(message, "runtimeApiVersion") && message.runtimeApiVersion !== "")
                    writer.uint32(34).string(message.runtimeApiVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            VersionResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.VersionResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runtimeName = value;
                            else
                                delete message.runtimeName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runtimeVersion = value;
                            else
                                delete message.runtimeVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runtimeApiVersion = value;
                            else
                                delete message.runtimeApiVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            VersionResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.VersionResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.VersionResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.VersionResponse();
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.runtimeName != null)
                    if (typeof object.runtimeName !== "string" || object.runtimeName.length)
                        message.runtimeName = $String(object.runtimeName);
                if (object.runtimeVersion != null)
                    if (typeof object.runtimeVersion !== "string" || object.runtimeVersion.length)
                        message.runtimeVersion = $String(object.runtimeVersion);
                if (object.runtimeApiVersion != null)
                    if (typeof object.runtimeApiVersion !== "string" || object.runtimeApiVersion.length)
                        message.runtimeApiVersion = $String(object.runtimeApiVersion);
                return message;
            };

            VersionResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = "";
                    object.runtimeName = "";
                    object.runtimeVersion = "";
                    object.runtimeApiVersion = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.runtimeName != null && $Object.hasOwnProperty.call(message, "runtimeName"))
                    object.runtimeName = message.runtimeName;
                if (message.runtimeVersion != null && $Object.hasOwnProperty.call(message, "runtimeVersion"))
                    object.runtimeVersion = message.runtimeVersion;
                if (message.runtimeApiVersion != null && $Object.hasOwnProperty.call(message, "runtimeApiVersion"))
                    object.runtimeApiVersion = message.runtimeApiVersion;
                return object;
            };

            VersionResponse.prototype.toJSON = function() {
                return VersionResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            VersionResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.VersionResponse";
            };

            return VersionResponse;
        })();

        v1.RuntimeCondition = (function() {

            const RuntimeCondition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RuntimeCondition.prototype.type = "";
            RuntimeCondition.prototype.status = false;
            RuntimeCondition.prototype.reason = "";
            RuntimeCondition.prototype.message = "";

            RuntimeCondition.create = function(properties) {
                return new RuntimeCondition(properties);
            };

            RuntimeCondition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(10).string(message.type);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== false)
                    writer.uint32(16).bool(message.status);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(26).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RuntimeCondition.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.RuntimeCondition();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RuntimeCondition.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.RuntimeCondition)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.RuntimeCondition: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.RuntimeCondition();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.status != null)
                    if (object.status)
                        message.status = $Boolean(object.status);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            RuntimeCondition.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = "";
                    object.status = false;
                    object.reason = "";
                    object.message = "";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            RuntimeCondition.prototype.toJSON = function() {
                return RuntimeCondition.toObject(this, $protobuf.util.toJSONOptions);
            };

            RuntimeCondition.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.RuntimeCondition";
            };

            return RuntimeCondition;
        })();

        v1.RecoveryInfo = (function() {

            const RecoveryInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RecoveryInfo.prototype.at = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            RecoveryInfo.prototype.durationNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            RecoveryInfo.prototype.containers = 0;
            RecoveryInfo.prototype.shimsReconnected = 0;
            RecoveryInfo.prototype.exitsLearned = 0;
            RecoveryInfo.prototype.shimsDead = 0;
            RecoveryInfo.prototype.createsRolledBack = 0;
            RecoveryInfo.prototype.removalsFinished = 0;
            RecoveryInfo.prototype.stopsResumed = 0;
            RecoveryInfo.prototype.execsEnded = 0;
            RecoveryInfo.prototype.shimsUnreachable = 0;
            RecoveryInfo.prototype.failed = 0;

            RecoveryInfo.create = function(properties) {
                return new RecoveryInfo(properties);
            };

            RecoveryInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.at != null && $Object.hasOwnProperty.call(message, "at") && (typeof message.at === "object" ? message.at.low || message.at.high : message.at !== 0))
                    writer.uint32(8).int64(message.at);
                if (message.durationNs != null && $Object.hasOwnProperty.call(message, "durationNs") && (typeof message.durationNs === "object" ? message.durationNs.low || message.durationNs.high : message.durationNs !== 0))
                    writer.uint32(16).int64(message.durationNs);
                if (message.containers != null && $Object.hasOwnProperty.call(message, "containers") && message.containers !== 0)
                    writer.uint32(24).uint32(message.containers);
                if (message.shimsReconnected != null && $Object.hasOwnProperty.call(message, "shimsReconnected") && message.shimsReconnected !== 0)
                    writer.uint32(32).uint32(message.shimsReconnected);
                if (message.exitsLearned != null && $Object.hasOwnProperty.call(message, "exitsLearned") && message.exitsLearned !== 0)
                    writer.uint32(40).uint32(message.exitsLearned);
                if (message.shimsDead != null && $Object.hasOwnProperty.call(message, "shimsDead") && message.shimsDead !== 0)
                    writer.uint32(48).uint32(message.shimsDead);
                if (message.createsRolledBack != null && $Object.hasOwnProperty.call(message, "createsRolledBack") && message.createsRolledBack !== 0)
                    writer.uint32(56).uint32(message.createsRolledBack);
                if (message.removalsFinished != null && $Object.hasOwnProperty.call(message, "removalsFinished") && message.removalsFinished !== 0)
                    writer.uint32(64).uint32(message.removalsFinished);
                if (message.stopsResumed != null && $Object.hasOwnProperty.call(message, "stopsResumed") && message.stopsResumed !== 0)
                    writer.uint32(72).uint32(message.stopsResumed);
                if (message.execsEnded != null && $Object.hasOwnProperty.call(message, "execsEnded") && message.execsEnded !== 0)
                    writer.uint32(80).uint32(message.execsEnded);
                if (message.shimsUnreachable != null && $Object.hasOwnProperty.call(message, "shimsUnreachable") && message.shimsUnreachable !== 0)
                    writer.uint32(88).uint32(message.shimsUnreachable);
                if (message.failed != null && $Object.hasOwnProperty.call(message, "failed") && message.failed !== 0)
                    writer.uint32(96).uint32(message.failed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RecoveryInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.RecoveryInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.at = value;
                            else
                                delete message.at;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationNs = value;
                            else
                                delete message.durationNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.containers = value;
                            else
                                delete message.containers;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shimsReconnected = value;
                            else
                                delete message.shimsReconnected;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.exitsLearned = value;
                            else
                                delete message.exitsLearned;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shimsDead = value;
                            else
                                delete message.shimsDead;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.createsRolledBack = value;
                            else
                                delete message.createsRolledBack;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.removalsFinished = value;
                            else
                                delete message.removalsFinished;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.stopsResumed = value;
                            else
                                delete message.stopsResumed;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.execsEnded = value;
                            else
                                delete message.execsEnded;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shimsUnreachable = value;
                            else
                                delete message.shimsUnreachable;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.failed = value;
                            else
                                delete message.failed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RecoveryInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.RecoveryInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.RecoveryInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.RecoveryInfo();
                if (object.at != null)
                    if (typeof object.at === "object" ? object.at.low || object.at.high : $Number(object.at) !== 0)
                        if ($util.Long)
                            message.at = $util.Long.fromValue(object.at, false);
                        else if (typeof object.at === "string")
                            message.at = $parseInt(object.at, 10);
                        else if (typeof object.at === "number")
                            message.at = object.at;
                        else if (typeof object.at === "object")
                            message.at = new $util.LongBits(object.at.low >>> 0, object.at.high >>> 0).toNumber();
                if (object.durationNs != null)
                    if (typeof object.durationNs === "object" ? object.durationNs.low || object.durationNs.high : $Number(object.durationNs) !== 0)
                        if ($util.Long)
                            message.durationNs = $util.Long.fromValue(object.durationNs, false);
                        else if (typeof object.durationNs === "string")
                            message.durationNs = $parseInt(object.durationNs, 10);
                        else if (typeof object.durationNs === "number")
                            message.durationNs = object.durationNs;
                        else if (typeof object.durationNs === "object")
                            message.durationNs = new $util.LongBits(object.durationNs.low >>> 0, object.durationNs.high >>> 0).toNumber();
                if (object.containers != null)
                    if ($Number(object.containers) !== 0)
                        message.containers = object.containers >>> 0;
                if (object.shimsReconnected != null)
                    if ($Number(object.shimsReconnected) !== 0)
                        message.shimsReconnected = object.shimsReconnected >>> 0;
                if (object.exitsLearned != null)
                    if ($Number(object.exitsLearned) !== 0)
                        message.exitsLearned = object.exitsLearned >>> 0;
                if (object.shimsDead != null)
                    if ($Number(object.shimsDead) !== 0)
                        message.shimsDead = object.shimsDead >>> 0;
                if (object.createsRolledBack != null)
                    if ($Number(object.createsRolledBack) !== 0)
                        message.createsRolledBack = object.createsRolledBack >>> 0;
                if (object.removalsFinished != null)
                    if ($Number(object.removalsFinished) !== 0)
                        message.removalsFinished = object.removalsFinished >>> 0;
                if (object.stopsResumed != null)
                    if ($Number(object.stopsResumed) !== 0)
                        message.stopsResumed = object.stopsResumed >>> 0;
                if (object.execsEnded != null)
                    if ($Number(object.execsEnded) !== 0)
                        message.execsEnded = object.execsEnded >>> 0;
                if (object.shimsUnreachable != null)
                    if ($Number(object.shimsUnreachable) !== 0)
                        message.shimsUnreachable = object.shimsUnreachable >>> 0;
                if (object.failed != null)
                    if ($Number(object.failed) !== 0)
                        message.failed = object.failed >>> 0;
                return message;
            };

            RecoveryInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.at = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.at = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.durationNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.containers = 0;
                    object.shimsReconnected = 0;
                    object.exitsLearned = 0;
                    object.shimsDead = 0;
                    object.createsRolledBack = 0;
                    object.removalsFinished = 0;
                    object.stopsResumed = 0;
                    object.execsEnded = 0;
                    object.shimsUnreachable = 0;
                    object.failed = 0;
                }
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.at = typeof message.at === "number" ? $BigInt(message.at) : $util.Long.fromBits(message.at.low >>> 0, message.at.high >>> 0, false).toBigInt();
                    else if (typeof message.at === "number")
                        object.at = options.longs === $String ? $String(message.at) : message.at;
                    else
                        object.at = options.longs === $String ? $util.Long.prototype.toString.call(message.at) : options.longs === $Number ? new $util.LongBits(message.at.low >>> 0, message.at.high >>> 0).toNumber() : message.at;
                if (message.durationNs != null && $Object.hasOwnProperty.call(message, "durationNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationNs = typeof message.durationNs === "number" ? $BigInt(message.durationNs) : $util.Long.fromBits(message.durationNs.low >>> 0, message.durationNs.high >>> 0, false).toBigInt();
                    else if (typeof message.durationNs === "number")
                        object.durationNs = options.longs === $String ? $String(message.durationNs) : message.durationNs;
                    else
                        object.durationNs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationNs) : options.longs === $Number ? new $util.LongBits(message.durationNs.low >>> 0, message.durationNs.high >>> 0).toNumber() : message.durationNs;
                if (message.containers != null && $Object.hasOwnProperty.call(message, "containers"))
                    object.containers = message.containers;
                if (message.shimsReconnected != null && $Object.hasOwnProperty.call(message, "shimsReconnected"))
                    object.shimsReconnected = message.shimsReconnected;
                if (message.exitsLearned != null && $Object.hasOwnProperty.call(message, "exitsLearned"))
                    object.exitsLearned = message.exitsLearned;
                if (message.shimsDead != null && $Object.hasOwnProperty.call(message, "shimsDead"))
                    object.shimsDead = message.shimsDead;
                if (message.createsRolledBack != null && $Object.hasOwnProperty.call(message, "createsRolledBack"))
                    object.createsRolledBack = message.createsRolledBack;
                if (message.removalsFinished != null && $Object.hasOwnProperty.call(message, "removalsFinished"))
                    object.removalsFinished = message.removalsFinished;
                if (message.stopsResumed != null && $Object.hasOwnProperty.call(message, "stopsResumed"))
                    object.stopsResumed = message.stopsResumed;
                if (message.execsEnded != null && $Object.hasOwnProperty.call(message, "execsEnded"))
                    object.execsEnded = message.execsEnded;
                if (message.shimsUnreachable != null && $Object.hasOwnProperty.call(message, "shimsUnreachable"))
                    object.shimsUnreachable = message.shimsUnreachable;
                if (message.failed != null && $Object.hasOwnProperty.call(message, "failed"))
                    object.failed = message.failed;
                return object;
            };

            RecoveryInfo.prototype.toJSON = function() {
                return RecoveryInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            RecoveryInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.RecoveryInfo";
            };

            return RecoveryInfo;
        })();

        v1.StatusRequest = (function() {

            const StatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StatusRequest.prototype.verbose = false;

            StatusRequest.create = function(properties) {
                return new StatusRequest(properties);
            };

            StatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.verbose != null && $Object.hasOwnProperty.call(message, "verbose") && message.verbose !== false)
                    writer.uint32(8).bool(message.verbose);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.StatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.verbose = value;
                            else
                                delete message.verbose;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.StatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.StatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.StatusRequest();
                if (object.verbose != null)
                    if (object.verbose)
                        message.verbose = $Boolean(object.verbose);
                return message;
            };

            StatusRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.verbose = false;
                if (message.verbose != null && $Object.hasOwnProperty.call(message, "verbose"))
                    object.verbose = message.verbose;
                return object;
            };

            StatusRequest.prototype.toJSON = function() {
                return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            StatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.StatusRequest";
            };

            return StatusRequest;
        })();

        v1.StatusResponse = (function() {

            const StatusResponse = function (properties) {
                this.conditions = [];
                this.info = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StatusResponse.prototype.conditions = $util.emptyArray;
            StatusResponse.prototype.info = $util.emptyObject;
            StatusResponse.prototype.lastRecovery = null;

            StatusResponse.create = function(properties) {
                return new StatusResponse(properties);
            };

            StatusResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conditions != null && message.conditions.length)
                    for (let i = 0; i < message.conditions.length; ++i)
                        $root.corral.v1.RuntimeCondition.encode(message.conditions[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    for (let keys = $Object.keys(message.info), i = 0; i < keys.length; ++i)
                        writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.info[keys[i]]).ldelim();
                if (message.lastRecovery != null && $Object.hasOwnProperty.call(message, "lastRecovery"))
                    $root.corral.v1.RecoveryInfo.encode(message.lastRecovery, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StatusResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.StatusResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conditions && message.conditions.length))
                                message.conditions = [];
                            message.conditions.push($root.corral.v1.RuntimeCondition.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.info === $util.emptyObject)
                                message.info = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.info, key);
                            message.info[key] = value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.lastRecovery = $root.corral.v1.RecoveryInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.lastRecovery);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StatusResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.StatusResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.StatusResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.StatusResponse();
                if (object.conditions) {
                    if (!$Array.isArray(object.conditions))
                        throw $TypeError(".corral.v1.StatusResponse.conditions: array expected");
                    message.conditions = $Array(object.conditions.length);
                    for (let i = 0; i < object.conditions.length; ++i) {
                        if (!$util.isObject(object.conditions[i]))
                            throw $TypeError(".corral.v1.StatusResponse.conditions: object expected");
                        message.conditions[i] = $root.corral.v1.RuntimeCondition.fromObject(object.conditions[i], _depth + 1);
                    }
                }
                if (object.info) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".corral.v1.StatusResponse.info: object expected");
                    message.info = {};
                    for (let keys = $Object.keys(object.info), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.info, keys[i]);
                        message.info[keys[i]] = $String(object.info[keys[i]]);
                    }
                }
                if (object.lastRecovery != null) {
                    if (!$util.isObject(object.lastRecovery))
                        throw $TypeError(".corral.v1.StatusResponse.lastRecovery: object expected");
                    message.lastRecovery = $root.corral.v1.RecoveryInfo.fromObject(object.lastRecovery, _depth + 1);
                }
                return message;
            };

            StatusResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.conditions = [];
                if (options.objects || options.defaults)
                    object.info = {};
                if (options.defaults)
                    object.lastRecovery = null;
                if (message.conditions && message.conditions.length) {
                    object.conditions = $Array(message.conditions.length);
                    for (let j = 0; j < message.conditions.length; ++j)
                        object.conditions[j] = $root.corral.v1.RuntimeCondition.toObject(message.conditions[j], options, _depth + 1);
                }
                let keys2;
                if (message.info && (keys2 = $Object.keys(message.info)).length) {
                    object.info = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.info, keys2[j]);
                        object.info[keys2[j]] = message.info[keys2[j]];
                    }
                }
                if (message.lastRecovery != null && $Object.hasOwnProperty.call(message, "lastRecovery"))
                    object.lastRecovery = $root.corral.v1.RecoveryInfo.toObject(message.lastRecovery, options, _depth + 1);
                return object;
            };

            StatusResponse.prototype.toJSON = function() {
                return StatusResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            StatusResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.StatusResponse";
            };

            return StatusResponse;
        })();

        v1.KeyValue = (function() {

            const KeyValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            KeyValue.prototype.key = "";
            KeyValue.prototype.value = "";

            KeyValue.create = function(properties) {
                return new KeyValue(properties);
            };

            KeyValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            KeyValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.KeyValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            KeyValue.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.KeyValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.KeyValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.KeyValue();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            KeyValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.value = "";
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            KeyValue.prototype.toJSON = function() {
                return KeyValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            KeyValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.KeyValue";
            };

            return KeyValue;
        })();

        v1.ImageSpec = (function() {

            const ImageSpec = function (properties) {
                this.annotations = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ImageSpec.prototype.image = "";
            ImageSpec.prototype.annotations = $util.emptyObject;

            ImageSpec.create = function(properties) {
                return new ImageSpec(properties);
            };

            ImageSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image !== "")
                    writer.uint32(10).string(message.image);
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.annotations[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ImageSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ImageSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ImageSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ImageSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ImageSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ImageSpec();
                if (object.image != null)
                    if (typeof object.image !== "string" || object.image.length)
                        message.image = $String(object.image);
                if (object.annotations) {
                    if (!$util.isObject(object.annotations))
                        throw $TypeError(".corral.v1.ImageSpec.annotations: object expected");
                    message.annotations = {};
                    for (let keys = $Object.keys(object.annotations), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.annotations, keys[i]);
                        message.annotations[keys[i]] = $String(object.annotations[keys[i]]);
                    }
                }
                return message;
            };

            ImageSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.annotations = {};
                if (options.defaults)
                    object.image = "";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = message.image;
                let keys2;
                if (message.annotations && (keys2 = $Object.keys(message.annotations)).length) {
                    object.annotations = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.annotations, keys2[j]);
                        object.annotations[keys2[j]] = message.annotations[keys2[j]];
                    }
                }
                return object;
            };

            ImageSpec.prototype.toJSON = function() {
                return ImageSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            ImageSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ImageSpec";
            };

            return ImageSpec;
        })();

        v1.Mount = (function() {

            const Mount = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Mount.prototype.containerPath = "";
            Mount.prototype.hostPath = "";
            Mount.prototype.readonly = false;
            Mount.prototype.propagation = 0;

            Mount.create = function(properties) {
                return new Mount(properties);
            };

            Mount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath") && message.containerPath !== "")
                    writer.uint32(10).string(message.containerPath);
                if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath") && message.hostPath !== "")
                    writer.uint32(18).string(message.hostPath);
                if (message.readonly != null && $Object.hasOwnProperty.call(message, "readonly") && message.readonly !== false)
                    writer.uint32(24).bool(message.readonly);
                if (message.propagation != null && $Object.hasOwnProperty.call(message, "propagation") && message.propagation !== 0)
                    writer.uint32(32).int32(message.propagation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Mount.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.Mount();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerPath = value;
                            else
                                delete message.containerPath;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostPath = value;
                            else
                                delete message.hostPath;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.readonly = value;
                            else
                                delete message.readonly;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.propagation = value;
                            else
                                delete message.propagation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Mount.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.Mount)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.Mount: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.Mount();
                if (object.containerPath != null)
                    if (typeof object.containerPath !== "string" || object.containerPath.length)
                        message.containerPath = $String(object.containerPath);
                if (object.hostPath != null)
                    if (typeof object.hostPath !== "string" || object.hostPath.length)
                        message.hostPath = $String(object.hostPath);
                if (object.readonly != null)
                    if (object.readonly)
                        message.readonly = $Boolean(object.readonly);
                if (object.propagation != null)
                    if ($Number(object.propagation) !== 0)
                        message.propagation = object.propagation | 0;
                return message;
            };

            Mount.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.containerPath = "";
                    object.hostPath = "";
                    object.readonly = false;
                    object.propagation = 0;
                }
                if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath"))
                    object.containerPath = message.containerPath;
                if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath"))
                    object.hostPath = message.hostPath;
                if (message.readonly != null && $Object.hasOwnProperty.call(message, "readonly"))
                    object.readonly = message.readonly;
                if (message.propagation != null && $Object.hasOwnProperty.call(message, "propagation"))
                    object.propagation = message.propagation;
                return object;
            };

            Mount.prototype.toJSON = function() {
                return Mount.toObject(this, $protobuf.util.toJSONOptions);
            };

            Mount.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.Mount";
            };

            return Mount;
        })();

        v1.LinuxContainerResources = (function() {

            const LinuxContainerResources = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LinuxContainerResources.prototype.cpuPeriod = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            LinuxContainerResources.prototype.cpuQuota = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            LinuxContainerResources.prototype.cpuShares = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            LinuxContainerResources.prototype.memoryLimitInBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            LinuxContainerResources.prototype.oomScoreAdj = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            LinuxContainerResources.prototype.cpusetCpus = "";
            LinuxContainerResources.prototype.cpusetMems = "";
            LinuxContainerResources.prototype.pidsLimit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            LinuxContainerResources.create = function(properties) {
                return new LinuxContainerResources(properties);
            };

            LinuxContainerResources.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cpuPeriod != null && $Object.hasOwnProperty.call(message, "cpuPeriod") && (typeof message.cpuPeriod === "object" ? message.cpuPeriod.low || message.cpuPeriod.high : message.cpuPeriod !== 0))
                    writer.uint32(8).int64(message.cpuPeriod);
                if (message.cpuQuota != null && $Object.hasOwnProperty.call(message, "cpuQuota") && (typeof message.cpuQuota === "object" ? message.cpuQuota.low || message.cpuQuota.high : message.cpuQuota !== 0))
                    writer.uint32(16).int64(message.cpuQuota);
                if (message.cpuShares != null && $Object.hasOwnProperty.call(message, "cpuShares") && (typeof message.cpuShares === "object" ? message.cpuShares.low || message.cpuShares.high : message.cpuShares !== 0))
                    writer.uint32(24).int64(message.cpuShares);
                if (message.memoryLimitInBytes != null && $Object.hasOwnProperty.call(message, "memoryLimitInBytes") && (typeof message.memoryLimitInBytes === "object" ? message.memoryLimitInBytes.low || message.memoryLimitInBytes.high : message.memoryLimitInBytes !== 0))
                    writer.uint32(32).int64(message.memoryLimitInBytes);
                if (message.oomScoreAdj != null && $Object.hasOwnProperty.call(message, "oomScoreAdj") && (typeof message.oomScoreAdj === "object" ? message.oomScoreAdj.low || message.oomScoreAdj.high : message.oomScoreAdj !== 0))
                    writer.uint32(40).int64(message.oomScoreAdj);
                if (message.cpusetCpus != null && $Object.hasOwnProperty.call(message, "cpusetCpus") && message.cpusetCpus !== "")
                    writer.uint32(50).string(message.cpusetCpus);
                if (message.cpusetMems != null && $Object.hasOwnProperty.call(message, "cpusetMems") && message.cpusetMems !== "")
                    writer.uint32(58).string(message.cpusetMems);
                if (message.pidsLimit != null && $Object.hasOwnProperty.call(message, "pidsLimit") && (typeof message.pidsLimit === "object" ? message.pidsLimit.low || message.pidsLimit.high : message.pidsLimit !== 0))
                    writer.uint32(64).int64(message.pidsLimit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LinuxContainerResources.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.LinuxContainerResources();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.cpuPeriod = value;
                            else
                                delete message.cpuPeriod;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.cpuQuota = value;
                            else
                                delete message.cpuQuota;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.cpuShares = value;
                            else
                                delete message.cpuShares;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryLimitInBytes = value;
                            else
                                delete message.memoryLimitInBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.oomScoreAdj = value;
                            else
                                delete message.oomScoreAdj;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cpusetCpus = value;
                            else
                                delete message.cpusetCpus;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cpusetMems = value;
                            else
                                delete message.cpusetMems;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.pidsLimit = value;
                            else
                                delete message.pidsLimit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            LinuxContainerResources.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.LinuxContainerResources)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.LinuxContainerResources: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.LinuxContainerResources();
                if (object.cpuPeriod != null)
                    if (typeof object.cpuPeriod === "object" ? object.cpuPeriod.low || object.cpuPeriod.high : $Number(object.cpuPeriod) !== 0)
                        if ($util.Long)
                            message.cpuPeriod = $util.Long.fromValue(object.cpuPeriod, false);
                        else if (typeof object.cpuPeriod === "string")
                            message.cpuPeriod = $parseInt(object.cpuPeriod, 10);
                        else if (typeof object.cpuPeriod === "number")
                            message.cpuPeriod = object.cpuPeriod;
                        else if (typeof object.cpuPeriod === "object")
                            message.cpuPeriod = new $util.LongBits(object.cpuPeriod.low >>> 0, object.cpuPeriod.high >>> 0).toNumber();
                if (object.cpuQuota != null)
                    if (typeof object.cpuQuota === "object" ? object.cpuQuota.low || object.cpuQuota.high : $Number(object.cpuQuota) !== 0)
                        if ($util.Long)
                            message.cpuQuota = $util.Long.fromValue(object.cpuQuota, false);
                        else if (typeof object.cpuQuota === "string")
                            message.cpuQuota = $parseInt(object.cpuQuota, 10);
                        else if (typeof object.cpuQuota === "number")
                            message.cpuQuota = object.cpuQuota;
                        else if (typeof object.cpuQuota === "object")
                            message.cpuQuota = new $util.LongBits(object.cpuQuota.low >>> 0, object.cpuQuota.high >>> 0).toNumber();
                if (object.cpuShares != null)
                    if (typeof object.cpuShares === "object" ? object.cpuShares.low || object.cpuShares.high : $Number(object.cpuShares) !== 0)
                        if ($util.Long)
                            message.cpuShares = $util.Long.fromValue(object.cpuShares, false);
                        else if (typeof object.cpuShares === "string")
                            message.cpuShares = $parseInt(object.cpuShares, 10);
                        else if (typeof object.cpuShares === "number")
                            message.cpuShares = object.cpuShares;
                        else if (typeof object.cpuShares === "object")
                            message.cpuShares = new $util.LongBits(object.cpuShares.low >>> 0, object.cpuShares.high >>> 0).toNumber();
                if (object.memoryLimitInBytes != null)
                    if (typeof object.memoryLimitInBytes === "object" ? object.memoryLimitInBytes.low || object.memoryLimitInBytes.high : $Number(object.memoryLimitInBytes) !== 0)
                        if ($util.Long)
                            message.memoryLimitInBytes = $util.Long.fromValue(object.memoryLimitInBytes, false);
                        else if (typeof object.memoryLimitInBytes === "string")
                            message.memoryLimitInBytes = $parseInt(object.memoryLimitInBytes, 10);
                        else if (typeof object.memoryLimitInBytes === "number")
                            message.memoryLimitInBytes = object.memoryLimitInBytes;
                        else if (typeof object.memoryLimitInBytes === "object")
                            message.memoryLimitInBytes = new $util.LongBits(object.memoryLimitInBytes.low >>> 0, object.memoryLimitInBytes.high >>> 0).toNumber();
                if (object.oomScoreAdj != null)
                    if (typeof object.oomScoreAdj === "object" ? object.oomScoreAdj.low || object.oomScoreAdj.high : $Number(object.oomScoreAdj) !== 0)
                        if ($util.Long)
                            message.oomScoreAdj = $util.Long.fromValue(object.oomScoreAdj, false);
                        else if (typeof object.oomScoreAdj === "string")
                            message.oomScoreAdj = $parseInt(object.oomScoreAdj, 10);
                        else if (typeof object.oomScoreAdj === "number")
                            message.oomScoreAdj = object.oomScoreAdj;
                        else if (typeof object.oomScoreAdj === "object")
                            message.oomScoreAdj = new $util.LongBits(object.oomScoreAdj.low >>> 0, object.oomScoreAdj.high >>> 0).toNumber();
                if (object.cpusetCpus != null)
                    if (typeof object.cpusetCpus !== "string" || object.cpusetCpus.length)
                        message.cpusetCpus = $String(object.cpusetCpus);
                if (object.cpusetMems != null)
                    if (typeof object.cpusetMems !== "string" || object.cpusetMems.length)
                        message.cpusetMems = $String(object.cpusetMems);
                if (object.pidsLimit != null)
                    if (typeof object.pidsLimit === "object" ? object.pidsLimit.low || object.pidsLimit.high : $Number(object.pidsLimit) !== 0)
                        if ($util.Long)
                            message.pidsLimit = $util.Long.fromValue(object.pidsLimit, false);
                        else if (typeof object.pidsLimit === "string")
                            message.pidsLimit = $parseInt(object.pidsLimit, 10);
                        else if (typeof object.pidsLimit === "number")
                            message.pidsLimit = object.pidsLimit;
                        else if (typeof object.pidsLimit === "object")
                            message.pidsLimit = new $util.LongBits(object.pidsLimit.low >>> 0, object.pidsLimit.high >>> 0).toNumber();
                return message;
            };

            LinuxContainerResources.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.cpuPeriod = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cpuPeriod = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.cpuQuota = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cpuQuota = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.cpuShares = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cpuShares = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.memoryLimitInBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryLimitInBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.oomScoreAdj = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.oomScoreAdj = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cpusetCpus = "";
                    object.cpusetMems = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.pidsLimit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.pidsLimit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.cpuPeriod != null && $Object.hasOwnProperty.call(message, "cpuPeriod"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cpuPeriod = typeof message.cpuPeriod === "number" ? $BigInt(message.cpuPeriod) : $util.Long.fromBits(message.cpuPeriod.low >>> 0, message.cpuPeriod.high >>> 0, false).toBigInt();
                    else if (typeof message.cpuPeriod === "number")
                        object.cpuPeriod = options.longs === $String ? $String(message.cpuPeriod) : message.cpuPeriod;
                    else
                        object.cpuPeriod = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuPeriod) : options.longs === $Number ? new $util.LongBits(message.cpuPeriod.low >>> 0, message.cpuPeriod.high >>> 0).toNumber() : message.cpuPeriod;
                if (message.cpuQuota != null && $Object.hasOwnProperty.call(message, "cpuQuota"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cpuQuota = typeof message.cpuQuota === "number" ? $BigInt(message.cpuQuota) : $util.Long.fromBits(message.cpuQuota.low >>> 0, message.cpuQuota.high >>> 0, false).toBigInt();
                    else if (typeof message.cpuQuota === "number")
                        object.cpuQuota = options.longs === $String ? $String(message.cpuQuota) : message.cpuQuota;
                    else
                        object.cpuQuota = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuQuota) : options.longs === $Number ? new $util.LongBits(message.cpuQuota.low >>> 0, message.cpuQuota.high >>> 0).toNumber() : message.cpuQuota;
                if (message.cpuShares != null && $Object.hasOwnProperty.call(message, "cpuShares"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cpuShares = typeof message.cpuShares === "number" ? $BigInt(message.cpuShares) : $util.Long.fromBits(message.cpuShares.low >>> 0, message.cpuShares.high >>> 0, false).toBigInt();
                    else if (typeof message.cpuShares === "number")
                        object.cpuShares = options.longs === $String ? $String(message.cpuShares) : message.cpuShares;
                    else
                        object.cpuShares = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuShares) : options.longs === $Number ? new $util.LongBits(message.cpuShares.low >>> 0, message.cpuShares.high >>> 0).toNumber() : message.cpuShares;
                if (message.memoryLimitInBytes != null && $Object.hasOwnProperty.call(message, "memoryLimitInBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryLimitInBytes = typeof message.memoryLimitInBytes === "number" ? $BigInt(message.memoryLimitInBytes) : $util.Long.fromBits(message.memoryLimitInBytes.low >>> 0, message.memoryLimitInBytes.high >>> 0, false).toBigInt();
                    else if (typeof message.memoryLimitInBytes === "number")
                        object.memoryLimitInBytes = options.longs === $String ? $String(message.memoryLimitInBytes) : message.memoryLimitInBytes;
                    else
                        object.memoryLimitInBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryLimitInBytes) : options.longs === $Number ? new $util.LongBits(message.memoryLimitInBytes.low >>> 0, message.memoryLimitInBytes.high >>> 0).toNumber() : message.memoryLimitInBytes;
                if (message.oomScoreAdj != null && $Object.hasOwnProperty.call(message, "oomScoreAdj"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.oomScoreAdj = typeof message.oomScoreAdj === "number" ? $BigInt(message.oomScoreAdj) : $util.Long.fromBits(message.oomScoreAdj.low >>> 0, message.oomScoreAdj.high >>> 0, false).toBigInt();
                    else if (typeof message.oomScoreAdj === "number")
                        object.oomScoreAdj = options.longs === $String ? $String(message.oomScoreAdj) : message.oomScoreAdj;
                    else
                        object.oomScoreAdj = options.longs === $String ? $util.Long.prototype.toString.call(message.oomScoreAdj) : options.longs === $Number ? new $util.LongBits(message.oomScoreAdj.low >>> 0, message.oomScoreAdj.high >>> 0).toNumber() : message.oomScoreAdj;
                if (message.cpusetCpus != null && $Object.hasOwnProperty.call(message, "cpusetCpus"))
                    object.cpusetCpus = message.cpusetCpus;
                if (message.cpusetMems != null && $Object.hasOwnProperty.call(message, "cpusetMems"))
                    object.cpusetMems = message.cpusetMems;
                if (message.pidsLimit != null && $Object.hasOwnProperty.call(message, "pidsLimit"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.pidsLimit = typeof message.pidsLimit === "number" ? $BigInt(message.pidsLimit) : $util.Long.fromBits(message.pidsLimit.low >>> 0, message.pidsLimit.high >>> 0, false).toBigInt();
                    else if (typeof message.pidsLimit === "number")
                        object.pidsLimit = options.longs === $String ? $String(message.pidsLimit) : message.pidsLimit;
                    else
                        object.pidsLimit = options.longs === $String ? $util.Long.prototype.toString.call(message.pidsLimit) : options.longs === $Number ? new $util.LongBits(message.pidsLimit.low >>> 0, message.pidsLimit.high >>> 0).toNumber() : message.pidsLimit;
                return object;
            };

            LinuxContainerResources.prototype.toJSON = function() {
                return LinuxContainerResources.toObject(this, $protobuf.util.toJSONOptions);
            };

            LinuxContainerResources.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.LinuxContainerResources";
            };

            return LinuxContainerResources;
        })();

        v1.ContainerMetadata = (function() {

            const ContainerMetadata = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerMetadata.prototype.name = "";
            ContainerMetadata.prototype.attempt = 0;

            ContainerMetadata.create = function(properties) {
                return new ContainerMetadata(properties);
            };

            ContainerMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(16).uint32(message.attempt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerMetadata();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerMetadata.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerMetadata)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerMetadata: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerMetadata();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                return message;
            };

            ContainerMetadata.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.attempt = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                return object;
            };

            ContainerMetadata.prototype.toJSON = function() {
                return ContainerMetadata.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerMetadata";
            };

            return ContainerMetadata;
        })();

        v1.ContainerConfig = (function() {

            const ContainerConfig = function (properties) {
                this.command = [];
                this.args = [];
                this.envs = [];
                this.mounts = [];
                this.labels = {};
                this.annotations = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerConfig.prototype.metadata = null;
            ContainerConfig.prototype.image = null;
            ContainerConfig.prototype.command = $util.emptyArray;
            ContainerConfig.prototype.args = $util.emptyArray;
            ContainerConfig.prototype.workingDir = "";
            ContainerConfig.prototype.envs = $util.emptyArray;
            ContainerConfig.prototype.mounts = $util.emptyArray;
            ContainerConfig.prototype.labels = $util.emptyObject;
            ContainerConfig.prototype.annotations = $util.emptyObject;
            ContainerConfig.prototype.stdin = false;
            ContainerConfig.prototype.stdinOnce = false;
            ContainerConfig.prototype.tty = false;
            ContainerConfig.prototype.resources = null;
            ContainerConfig.prototype.logPath = "";
            ContainerConfig.prototype.runtimeHandler = "";
            ContainerConfig.prototype.stopSignal = "";
            ContainerConfig.prototype.readonlyRootfs = false;
            ContainerConfig.prototype.user = "";
            ContainerConfig.prototype.hostname = "";

            ContainerConfig.create = function(properties) {
                return new ContainerConfig(properties);
            };

            ContainerConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    $root.corral.v1.ContainerMetadata.encode(message.metadata, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    $root.corral.v1.ImageSpec.encode(message.image, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.command != null && message.command.length)
                    for (let i = 0; i < message.command.length; ++i)
                        writer.uint32(26).string(message.command[i]);
                if (message.args != null && message.args.length)
                    for (let i = 0; i < message.args.length; ++i)
                        writer.uint32(34).string(message.args[i]);
                if (message.workingDir != null && $Object.hasOwnProperty.call(message, "workingDir") && message.workingDir !== "")
                    writer.uint32(42).string(message.workingDir);
                if (message.envs != null && message.envs.length)
                    for (let i = 0; i < message.envs.length; ++i)
                        $root.corral.v1.KeyValue.encode(message.envs[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.mounts != null && message.mounts.length)
                    for (let i = 0; i < message.mounts.length; ++i)
                        $root.corral.v1.Mount.encode(message.mounts[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(66).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(74).fork().uint32(10).string(keys[i]).uint32(18).string(message.annotations[keys[i]]).ldelim();
                if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== false)
                    writer.uint32(80).bool(message.stdin);
                if (message.stdinOnce != null && $Object.hasOwnProperty.call(message, "stdinOnce") && message.stdinOnce !== false)
                    writer.uint32(88).bool(message.stdinOnce);
                if (message.tty != null && $Object.hasOwnProperty.call(message, "tty") && message.tty !== false)
                    writer.uint32(96).bool(message.tty);
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    $root.corral.v1.LinuxContainerResources.encode(message.resources, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.logPath != null && $Object.hasOwnProperty.call(message, "logPath") && message.logPath !== "")
                    writer.uint32(114).string(message.logPath);
                if (message.runtimeHandler != null && $Object.hasOwnProperty.call(message, "runtimeHandler") && message.runtimeHandler !== "")
                    writer.uint32(122).string(message.runtimeHandler);
                if (message.stopSignal != null && $Object.hasOwnProperty.call(message, "stopSignal") && message.stopSignal !== "")
                    writer.uint32(130).string(message.stopSignal);
                if (message.readonlyRootfs != null && $Object.hasOwnProperty.call(message, "readonlyRootfs") && message.readonlyRootfs !== false)
                    writer.uint32(136).bool(message.readonlyRootfs);
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(146).string(message.user);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(154).string(message.hostname);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerConfig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.metadata = $root.corral.v1.ContainerMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.image = $root.corral.v1.ImageSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.command && message.command.length))
                                message.command = [];
                            message.command.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.args && message.args.length))
                                message.args = [];
                            message.args.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workingDir = value;
                            else
                                delete message.workingDir;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.envs && message.envs.length))
                                message.envs = [];
                            message.envs.push($root.corral.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mounts && message.mounts.length))
                                message.mounts = [];
                            message.mounts.push($root.corral.v1.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stdin = value;
                            else
                                delete message.stdin;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stdinOnce = value;
                            else
                                delete message.stdinOnce;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.tty = value;
                            else
                                delete message.tty;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.resources = $root.corral.v1.LinuxContainerResources.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.logPath = value;
                            else
                                delete message.logPath;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runtimeHandler = value;
                            else
                                delete message.runtimeHandler;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stopSignal = value;
                            else
                                delete message.stopSignal;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.readonlyRootfs = value;
                            else
                                delete message.readonlyRootfs;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerConfig();
                if (object.metadata != null) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".corral.v1.ContainerConfig.metadata: object expected");
                    message.metadata = $root.corral.v1.ContainerMetadata.fromObject(object.metadata, _depth + 1);
                }
                if (object.image != null) {
                    if (!$util.isObject(object.image))
                        throw $TypeError(".corral.v1.ContainerConfig.image: object expected");
                    message.image = $root.corral.v1.ImageSpec.fromObject(object.image, _depth + 1);
                }
                if (object.command) {
                    if (!$Array.isArray(object.command))
                        throw $TypeError(".corral.v1.ContainerConfig.command: array expected");
                    message.command = $Array(object.command.length);
                    for (let i = 0; i < object.command.length; ++i)
                        message.command[i] = $String(object.command[i]);
                }
                if (object.args) {
                    if (!$Array.isArray(object.args))
                        throw $TypeError(".corral.v1.ContainerConfig.args: array expected");
                    message.args = $Array(object.args.length);
                    for (let i = 0; i < object.args.length; ++i)
                        message.args[i] = $String(object.args[i]);
                }
                if (object.workingDir != null)
                    if (typeof object.workingDir !== "string" || object.workingDir.length)
                        message.workingDir = $String(object.workingDir);
                if (object.envs) {
                    if (!$Array.isArray(object.envs))
                        throw $TypeError(".corral.v1.ContainerConfig.envs: array expected");
                    message.envs = $Array(object.envs.length);
                    for (let i = 0; i < object.envs.length; ++i) {
                        if (!$util.isObject(object.envs[i]))
                            throw $TypeError(".corral.v1.ContainerConfig.envs: object expected");
                        message.envs[i] = $root.corral.v1.KeyValue.fromObject(object.envs[i], _depth + 1);
                    }
                }
                if (object.mounts) {
                    if (!$Array.isArray(object.mounts))
                        throw $TypeError(".corral.v1.ContainerConfig.mounts: array expected");
                    message.mounts = $Array(object.mounts.length);
                    for (let i = 0; i < object.mounts.length; ++i) {
                        if (!$util.isObject(object.mounts[i]))
                            throw $TypeError(".corral.v1.ContainerConfig.mounts: object expected");
                        message.mounts[i] = $root.corral.v1.Mount.fromObject(object.mounts[i], _depth + 1);
                    }
                }
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".corral.v1.ContainerConfig.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.annotations) {
                    if (!$util.isObject(object.annotations))
                        throw $TypeError(".corral.v1.ContainerConfig.annotations: object expected");
                    message.annotations = {};
                    for (let keys = $Object.keys(object.annotations), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.annotations, keys[i]);
                        message.annotations[keys[i]] = $String(object.annotations[keys[i]]);
                    }
                }
                if (object.stdin != null)
                    if (object.stdin)
                        message.stdin = $Boolean(object.stdin);
                if (object.stdinOnce != null)
                    if (object.stdinOnce)
                        message.stdinOnce = $Boolean(object.stdinOnce);
                if (object.tty != null)
                    if (object.tty)
                        message.tty = $Boolean(object.tty);
                if (object.resources != null) {
                    if (!$util.isObject(object.resources))
                        throw $TypeError(".corral.v1.ContainerConfig.resources: object expected");
                    message.resources = $root.corral.v1.LinuxContainerResources.fromObject(object.resources, _depth + 1);
                }
                if (object.logPath != null)
                    if (typeof object.logPath !== "string" || object.logPath.length)
                        message.logPath = $String(object.logPath);
                if (object.runtimeHandler != null)
                    if (typeof object.runtimeHandler !== "string" || object.runtimeHandler.length)
                        message.runtimeHandler = $String(object.runtimeHandler);
                if (object.stopSignal != null)
                    if (typeof object.stopSignal !== "string" || object.stopSignal.length)
                        message.stopSignal = $String(object.stopSignal);
                if (object.readonlyRootfs != null)
                    if (object.readonlyRootfs)
                        message.readonlyRootfs = $Boolean(object.readonlyRootfs);
                if (object.user != null)
                    if (typeof object.user !== "string" || object.user.length)
                        message.user = $String(object.user);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                return message;
            };

            ContainerConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.command = [];
                    object.args = [];
                    object.envs = [];
                    object.mounts = [];
                }
                if (options.objects || options.defaults) {
                    object.labels = {};
                    object.annotations = {};
                }
                if (options.defaults) {
                    object.metadata = null;
                    object.image = null;
                    object.workingDir = "";
                    object.stdin = false;
                    object.stdinOnce = false;
                    object.tty = false;
                    object.resources = null;
                    object.logPath = "";
                    object.runtimeHandler = "";
                    object.stopSignal = "";
                    object.readonlyRootfs = false;
                    object.user = "";
                    object.hostname = "";
                }
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    object.metadata = $root.corral.v1.ContainerMetadata.toObject(message.metadata, options, _depth + 1);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = $root.corral.v1.ImageSpec.toObject(message.image, options, _depth + 1);
                if (message.command && message.command.length) {
                    object.command = $Array(message.command.length);
                    for (let j = 0; j < message.command.length; ++j)
                        object.command[j] = message.command[j];
                }
                if (message.args && message.args.length) {
                    object.args = $Array(message.args.length);
                    for (let j = 0; j < message.args.length; ++j)
                        object.args[j] = message.args[j];
                }
                if (message.workingDir != null && $Object.hasOwnProperty.call(message, "workingDir"))
                    object.workingDir = message.workingDir;
                if (message.envs && message.envs.length) {
                    object.envs = $Array(message.envs.length);
                    for (let j = 0; j < message.envs.length; ++j)
                        object.envs[j] = $root.corral.v1.KeyValue.toObject(message.envs[j], options, _depth + 1);
                }
                if (message.mounts && message.mounts.length) {
                    object.mounts = $Array(message.mounts.length);
                    for (let j = 0; j < message.mounts.length; ++j)
                        object.mounts[j] = $root.corral.v1.Mount.toObject(message.mounts[j], options, _depth + 1);
                }
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.annotations && (keys2 = $Object.keys(message.annotations)).length) {
                    object.annotations = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.annotations, keys2[j]);
                        object.annotations[keys2[j]] = message.annotations[keys2[j]];
                    }
                }
                if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                    object.stdin = message.stdin;
                if (message.stdinOnce != null && $Object.hasOwnProperty.call(message, "stdinOnce"))
                    object.stdinOnce = message.stdinOnce;
                if (message.tty != null && $Object.hasOwnProperty.call(message, "tty"))
                    object.tty = message.tty;
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    object.resources = $root.corral.v1.LinuxContainerResources.toObject(message.resources, options, _depth + 1);
                if (message.logPath != null && $Object.hasOwnProperty.call(message, "logPath"))
                    object.logPath = message.logPath;
                if (message.runtimeHandler != null && $Object.hasOwnProperty.call(message, "runtimeHandler"))
                    object.runtimeHandler = message.runtimeHandler;
                if (message.stopSignal != null && $Object.hasOwnProperty.call(message, "stopSignal"))
                    object.stopSignal = message.stopSignal;
                if (message.readonlyRootfs != null && $Object.hasOwnProperty.call(message, "readonlyRootfs"))
                    object.readonlyRootfs = message.readonlyRootfs;
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                return object;
            };

            ContainerConfig.prototype.toJSON = function() {
                return ContainerConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerConfig";
            };

            return ContainerConfig;
        })();

        v1.CreateContainerRequest = (function() {

            const CreateContainerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CreateContainerRequest.prototype.config = null;

            CreateContainerRequest.create = function(properties) {
                return new CreateContainerRequest(properties);
            };

            CreateContainerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.corral.v1.ContainerConfig.encode(message.config, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CreateContainerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.CreateContainerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.corral.v1.ContainerConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CreateContainerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.CreateContainerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.CreateContainerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.CreateContainerRequest();
                if (object.config != null) {
                    if (!$util.isObject(object.config))
                        throw $TypeError(".corral.v1.CreateContainerRequest.config: object expected");
                    message.config = $root.corral.v1.ContainerConfig.fromObject(object.config, _depth + 1);
                }
                return message;
            };

            CreateContainerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.config = null;
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    object.config = $root.corral.v1.ContainerConfig.toObject(message.config, options, _depth + 1);
                return object;
            };

            CreateContainerRequest.prototype.toJSON = function() {
                return CreateContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            CreateContainerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.CreateContainerRequest";
            };

            return CreateContainerRequest;
        })();

        v1.CreateContainerResponse = (function() {

            const CreateContainerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CreateContainerResponse.prototype.containerId = "";

            CreateContainerResponse.create = function(properties) {
                return new CreateContainerResponse(properties);
            };

            CreateContainerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CreateContainerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.CreateContainerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CreateContainerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.CreateContainerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.CreateContainerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.CreateContainerResponse();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                return message;
            };

            CreateContainerResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.containerId = "";
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                return object;
            };

            CreateContainerResponse.prototype.toJSON = function() {
                return CreateContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            CreateContainerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.CreateContainerResponse";
            };

            return CreateContainerResponse;
        })();

        v1.StartContainerRequest = (function() {

            const StartContainerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StartContainerRequest.prototype.containerId = "";

            StartContainerRequest.create = function(properties) {
                return new StartContainerRequest(properties);
            };

            StartContainerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StartContainerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.StartContainerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StartContainerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.StartContainerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.StartContainerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.StartContainerRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                return message;
            };

            StartContainerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.containerId = "";
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                return object;
            };

            StartContainerRequest.prototype.toJSON = function() {
                return StartContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            StartContainerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.StartContainerRequest";
            };

            return StartContainerRequest;
        })();

        v1.StartContainerResponse = (function() {

            const StartContainerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StartContainerResponse.create = function(properties) {
                return new StartContainerResponse(properties);
            };

            StartContainerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StartContainerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.StartContainerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StartContainerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.StartContainerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.StartContainerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.corral.v1.StartContainerResponse();
            };

            StartContainerResponse.toObject = function () {
                return {};
            };

            StartContainerResponse.prototype.toJSON = function() {
                return StartContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            StartContainerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.StartContainerResponse";
            };

            return StartContainerResponse;
        })();

        v1.StopContainerRequest = (function() {

            const StopContainerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StopContainerRequest.prototype.containerId = "";
            StopContainerRequest.prototype.timeout = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            StopContainerRequest.create = function(properties) {
                return new StopContainerRequest(properties);
            };

            StopContainerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout") && (typeof message.timeout === "object" ? message.timeout.low || message.timeout.high : message.timeout !== 0))
                    writer.uint32(16).int64(message.timeout);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StopContainerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.StopContainerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeout = value;
                            else
                                delete message.timeout;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StopContainerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.StopContainerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.StopContainerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.StopContainerRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.timeout != null)
                    if (typeof object.timeout === "object" ? object.timeout.low || object.timeout.high : $Number(object.timeout) !== 0)
                        if ($util.Long)
                            message.timeout = $util.Long.fromValue(object.timeout, false);
                        else if (typeof object.timeout === "string")
                            message.timeout = $parseInt(object.timeout, 10);
                        else if (typeof object.timeout === "number")
                            message.timeout = object.timeout;
                        else if (typeof object.timeout === "object")
                            message.timeout = new $util.LongBits(object.timeout.low >>> 0, object.timeout.high >>> 0).toNumber();
                return message;
            };

            StopContainerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.containerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeout = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeout = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeout = typeof message.timeout === "number" ? $BigInt(message.timeout) : $util.Long.fromBits(message.timeout.low >>> 0, message.timeout.high >>> 0, false).toBigInt();
                    else if (typeof message.timeout === "number")
                        object.timeout = options.longs === $String ? $String(message.timeout) : message.timeout;
                    else
                        object.timeout = options.longs === $String ? $util.Long.prototype.toString.call(message.timeout) : options.longs === $Number ? new $util.LongBits(message.timeout.low >>> 0, message.timeout.high >>> 0).toNumber() : message.timeout;
                return object;
            };

            StopContainerRequest.prototype.toJSON = function() {
                return StopContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            StopContainerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.StopContainerRequest";
            };

            return StopContainerRequest;
        })();

        v1.StopContainerResponse = (function() {

            const StopContainerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StopContainerResponse.create = function(properties) {
                return new StopContainerResponse(properties);
            };

            StopContainerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StopContainerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.StopContainerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StopContainerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.StopContainerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.StopContainerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.corral.v1.StopContainerResponse();
            };

            StopContainerResponse.toObject = function () {
                return {};
            };

            StopContainerResponse.prototype.toJSON = function() {
                return StopContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            StopContainerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.StopContainerResponse";
            };

            return StopContainerResponse;
        })();

        v1.RemoveContainerRequest = (function() {

            const RemoveContainerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RemoveContainerRequest.prototype.containerId = "";
            RemoveContainerRequest.prototype.force = false;

            RemoveContainerRequest.create = function(properties) {
                return new RemoveContainerRequest(properties);
            };

            RemoveContainerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.force != null && $Object.hasOwnProperty.call(message, "force") && message.force !== false)
                    writer.uint32(16).bool(message.force);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RemoveContainerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.RemoveContainerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.force = value;
                            else
                                delete message.force;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RemoveContainerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.RemoveContainerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.RemoveContainerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.RemoveContainerRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.force != null)
                    if (object.force)
                        message.force = $Boolean(object.force);
                return message;
            };

            RemoveContainerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.containerId = "";
                    object.force = false;
                }
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.force != null && $Object.hasOwnProperty.call(message, "force"))
                    object.force = message.force;
                return object;
            };

            RemoveContainerRequest.prototype.toJSON = function() {
                return RemoveContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            RemoveContainerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.RemoveContainerRequest";
            };

            return RemoveContainerRequest;
        })();

        v1.RemoveContainerResponse = (function() {

            const RemoveContainerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RemoveContainerResponse.create = function(properties) {
                return new RemoveContainerResponse(properties);
            };

            RemoveContainerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RemoveContainerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.RemoveContainerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RemoveContainerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.RemoveContainerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.RemoveContainerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.corral.v1.RemoveContainerResponse();
            };

            RemoveContainerResponse.toObject = function () {
                return {};
            };

            RemoveContainerResponse.prototype.toJSON = function() {
                return RemoveContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            RemoveContainerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.RemoveContainerResponse";
            };

            return RemoveContainerResponse;
        })();

        v1.ContainerState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONTAINER_CREATED"] = 0;
            values[valuesById[1] = "CONTAINER_RUNNING"] = 1;
            values[valuesById[2] = "CONTAINER_EXITED"] = 2;
            values[valuesById[3] = "CONTAINER_UNKNOWN"] = 3;
            values[valuesById[4] = "CONTAINER_PAUSED"] = 4;
            return values;
        })();

        v1.ContainerStateValue = (function() {

            const ContainerStateValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerStateValue.prototype.state = 0;

            ContainerStateValue.create = function(properties) {
                return new ContainerStateValue(properties);
            };

            ContainerStateValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(8).int32(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerStateValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerStateValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerStateValue.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerStateValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerStateValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerStateValue();
                if (object.state !== 0 && (typeof object.state !== "string" || $root.corral.v1.ContainerState[object.state] !== 0))
                    switch (object.state) {
                    case "CONTAINER_CREATED":
                    case 0:
                        message.state = 0;
                        break;
                    case "CONTAINER_RUNNING":
                    case 1:
                        message.state = 1;
                        break;
                    case "CONTAINER_EXITED":
                    case 2:
                        message.state = 2;
                        break;
                    case "CONTAINER_UNKNOWN":
                    case 3:
                        message.state = 3;
                        break;
                    case "CONTAINER_PAUSED":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                return message;
            };

            ContainerStateValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.state = options.enums === $String ? "CONTAINER_CREATED" : 0;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.corral.v1.ContainerState[message.state] === $undefined ? message.state : $root.corral.v1.ContainerState[message.state] : message.state;
                return object;
            };

            ContainerStateValue.prototype.toJSON = function() {
                return ContainerStateValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerStateValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerStateValue";
            };

            return ContainerStateValue;
        })();

        v1.ContainerFilter = (function() {

            const ContainerFilter = function (properties) {
                this.labelSelector = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerFilter.prototype.id = "";
            ContainerFilter.prototype.state = null;
            ContainerFilter.prototype.labelSelector = $util.emptyObject;
            ContainerFilter.prototype.name = "";

            ContainerFilter.create = function(properties) {
                return new ContainerFilter(properties);
            };

            ContainerFilter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.corral.v1.ContainerStateValue.encode(message.state, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector"))
                    for (let keys = $Object.keys(message.labelSelector), i = 0; i < keys.length; ++i)
                        writer.uint32(26).fork().uint32(10).string(keys[i]).uint32(18).string(message.labelSelector[keys[i]]).ldelim();
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(34).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerFilter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerFilter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.corral.v1.ContainerStateValue.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.labelSelector === $util.emptyObject)
                                message.labelSelector = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labelSelector, key);
                            message.labelSelector[key] = value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerFilter.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerFilter)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerFilter: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerFilter();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.state != null) {
                    if (!$util.isObject(object.state))
                        throw $TypeError(".corral.v1.ContainerFilter.state: object expected");
                    message.state = $root.corral.v1.ContainerStateValue.fromObject(object.state, _depth + 1);
                }
                if (object.labelSelector) {
                    if (!$util.isObject(object.labelSelector))
                        throw $TypeError(".corral.v1.ContainerFilter.labelSelector: object expected");
                    message.labelSelector = {};
                    for (let keys = $Object.keys(object.labelSelector), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labelSelector, keys[i]);
                        message.labelSelector[keys[i]] = $String(object.labelSelector[keys[i]]);
                    }
                }
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            ContainerFilter.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.labelSelector = {};
                if (options.defaults) {
                    object.id = "";
                    object.state = null;
                    object.name = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = $root.corral.v1.ContainerStateValue.toObject(message.state, options, _depth + 1);
                let keys2;
                if (message.labelSelector && (keys2 = $Object.keys(message.labelSelector)).length) {
                    object.labelSelector = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labelSelector, keys2[j]);
                        object.labelSelector[keys2[j]] = message.labelSelector[keys2[j]];
                    }
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            ContainerFilter.prototype.toJSON = function() {
                return ContainerFilter.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerFilter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerFilter";
            };

            return ContainerFilter;
        })();

        v1.Container = (function() {

            const Container = function (properties) {
                this.labels = {};
                this.annotations = {};
                this.command = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Container.prototype.id = "";
            Container.prototype.metadata = null;
            Container.prototype.image = null;
            Container.prototype.imageRef = "";
            Container.prototype.state = 0;
            Container.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Container.prototype.labels = $util.emptyObject;
            Container.prototype.annotations = $util.emptyObject;
            Container.prototype.runtimeHandler = "";
            Container.prototype.command = $util.emptyArray;

            Container.create = function(properties) {
                return new Container(properties);
            };

            Container.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    $root.corral.v1.ContainerMetadata.encode(message.metadata, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    $root.corral.v1.ImageSpec.encode(message.image, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef") && message.imageRef !== "")
                    writer.uint32(34).string(message.imageRef);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(40).int32(message.state);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                    writer.uint32(48).int64(message.createdAt);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(58).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(66).fork().uint32(10).string(keys[i]).uint32(18).string(message.annotations[keys[i]]).ldelim();
                if (message.runtimeHandler != null && $Object.hasOwnProperty.call(message, "runtimeHandler") && message.runtimeHandler !== "")
                    writer.uint32(74).string(message.runtimeHandler);
                if (message.command != null && message.command.length)
                    for (let i = 0; i < message.command.length; ++i)
                        writer.uint32(82).string(message.command[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Container.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.Container();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.metadata = $root.corral.v1.ContainerMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.image = $root.corral.v1.ImageSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.imageRef = value;
                            else
                                delete message.imageRef;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runtimeHandler = value;
                            else
                                delete message.runtimeHandler;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.command && message.command.length))
                                message.command = [];
                            message.command.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Container.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.Container)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.Container: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.Container();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.metadata != null) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".corral.v1.Container.metadata: object expected");
                    message.metadata = $root.corral.v1.ContainerMetadata.fromObject(object.metadata, _depth + 1);
                }
                if (object.image != null) {
                    if (!$util.isObject(object.image))
                        throw $TypeError(".corral.v1.Container.image: object expected");
                    message.image = $root.corral.v1.ImageSpec.fromObject(object.image, _depth + 1);
                }
                if (object.imageRef != null)
                    if (typeof object.imageRef !== "string" || object.imageRef.length)
                        message.imageRef = $String(object.imageRef);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.corral.v1.ContainerState[object.state] !== 0))
                    switch (object.state) {
                    case "CONTAINER_CREATED":
                    case 0:
                        message.state = 0;
                        break;
                    case "CONTAINER_RUNNING":
                    case 1:
                        message.state = 1;
                        break;
                    case "CONTAINER_EXITED":
                    case 2:
                        message.state = 2;
                        break;
                    case "CONTAINER_UNKNOWN":
                    case 3:
                        message.state = 3;
                        break;
                    case "CONTAINER_PAUSED":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.createdAt != null)
                    if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                        if ($util.Long)
                            message.createdAt = $util.Long.fromValue(object.createdAt, false);
                        else if (typeof object.createdAt === "string")
                            message.createdAt = $parseInt(object.createdAt, 10);
                        else if (typeof object.createdAt === "number")
                            message.createdAt = object.createdAt;
                        else if (typeof object.createdAt === "object")
                            message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".corral.v1.Container.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.annotations) {
                    if (!$util.isObject(object.annotations))
                        throw $TypeError(".corral.v1.Container.annotations: object expected");
                    message.annotations = {};
                    for (let keys = $Object.keys(object.annotations), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.annotations, keys[i]);
                        message.annotations[keys[i]] = $String(object.annotations[keys[i]]);
                    }
                }
                if (object.runtimeHandler != null)
                    if (typeof object.runtimeHandler !== "string" || object.runtimeHandler.length)
                        message.runtimeHandler = $String(object.runtimeHandler);
                if (object.command) {
                    if (!$Array.isArray(object.command))
                        throw $TypeError(".corral.v1.Container.command: array expected");
                    message.command = $Array(object.command.length);
                    for (let i = 0; i < object.command.length; ++i)
                        message.command[i] = $String(object.command[i]);
                }
                return message;
            };

            Container.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.command = [];
                if (options.objects || options.defaults) {
                    object.labels = {};
                    object.annotations = {};
                }
                if (options.defaults) {
                    object.id = "";
                    object.metadata = null;
                    object.image = null;
                    object.imageRef = "";
                    object.state = options.enums === $String ? "CONTAINER_CREATED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.runtimeHandler = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    object.metadata = $root.corral.v1.ContainerMetadata.toObject(message.metadata, options, _depth + 1);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = $root.corral.v1.ImageSpec.toObject(message.image, options, _depth + 1);
                if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                    object.imageRef = message.imageRef;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.corral.v1.ContainerState[message.state] === $undefined ? message.state : $root.corral.v1.ContainerState[message.state] : message.state;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAt === "number")
                        object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                    else
                        object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.annotations && (keys2 = $Object.keys(message.annotations)).length) {
                    object.annotations = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.annotations, keys2[j]);
                        object.annotations[keys2[j]] = message.annotations[keys2[j]];
                    }
                }
                if (message.runtimeHandler != null && $Object.hasOwnProperty.call(message, "runtimeHandler"))
                    object.runtimeHandler = message.runtimeHandler;
                if (message.command && message.command.length) {
                    object.command = $Array(message.command.length);
                    for (let j = 0; j < message.command.length; ++j)
                        object.command[j] = message.command[j];
                }
                return object;
            };

            Container.prototype.toJSON = function() {
                return Container.toObject(this, $protobuf.util.toJSONOptions);
            };

            Container.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.Container";
            };

            return Container;
        })();

        v1.ListContainersRequest = (function() {

            const ListContainersRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListContainersRequest.prototype.filter = null;

            ListContainersRequest.create = function(properties) {
                return new ListContainersRequest(properties);
            };

            ListContainersRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    $root.corral.v1.ContainerFilter.encode(message.filter, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListContainersRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ListContainersRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.filter = $root.corral.v1.ContainerFilter.decode(reader, reader.size(), $undefined, _depth + 1, message.filter);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListContainersRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ListContainersRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ListContainersRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ListContainersRequest();
                if (object.filter != null) {
                    if (!$util.isObject(object.filter))
                        throw $TypeError(".corral.v1.ListContainersRequest.filter: object expected");
                    message.filter = $root.corral.v1.ContainerFilter.fromObject(object.filter, _depth + 1);
                }
                return message;
            };

            ListContainersRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.filter = null;
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    object.filter = $root.corral.v1.ContainerFilter.toObject(message.filter, options, _depth + 1);
                return object;
            };

            ListContainersRequest.prototype.toJSON = function() {
                return ListContainersRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ListContainersRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ListContainersRequest";
            };

            return ListContainersRequest;
        })();

        v1.ListContainersResponse = (function() {

            const ListContainersResponse = function (properties) {
                this.containers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListContainersResponse.prototype.containers = $util.emptyArray;

            ListContainersResponse.create = function(properties) {
                return new ListContainersResponse(properties);
            };

            ListContainersResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containers != null && message.containers.length)
                    for (let i = 0; i < message.containers.length; ++i)
                        $root.corral.v1.Container.encode(message.containers[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListContainersResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ListContainersResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.containers && message.containers.length))
                                message.containers = [];
                            message.containers.push($root.corral.v1.Container.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListContainersResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ListContainersResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ListContainersResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ListContainersResponse();
                if (object.containers) {
                    if (!$Array.isArray(object.containers))
                        throw $TypeError(".corral.v1.ListContainersResponse.containers: array expected");
                    message.containers = $Array(object.containers.length);
                    for (let i = 0; i < object.containers.length; ++i) {
                        if (!$util.isObject(object.containers[i]))
                            throw $TypeError(".corral.v1.ListContainersResponse.containers: object expected");
                        message.containers[i] = $root.corral.v1.Container.fromObject(object.containers[i], _depth + 1);
                    }
                }
                return message;
            };

            ListContainersResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.containers = [];
                if (message.containers && message.containers.length) {
                    object.containers = $Array(message.containers.length);
                    for (let j = 0; j < message.containers.length; ++j)
                        object.containers[j] = $root.corral.v1.Container.toObject(message.containers[j], options, _depth + 1);
                }
                return object;
            };

            ListContainersResponse.prototype.toJSON = function() {
                return ListContainersResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ListContainersResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ListContainersResponse";
            };

            return ListContainersResponse;
        })();

        v1.ContainerStatus = (function() {

            const ContainerStatus = function (properties) {
                this.labels = {};
                this.annotations = {};
                this.mounts = [];
                this.command = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerStatus.prototype.id = "";
            ContainerStatus.prototype.metadata = null;
            ContainerStatus.prototype.state = 0;
            ContainerStatus.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ContainerStatus.prototype.startedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ContainerStatus.prototype.finishedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ContainerStatus.prototype.exitCode = 0;
            ContainerStatus.prototype.image = null;
            ContainerStatus.prototype.imageRef = "";
            ContainerStatus.prototype.reason = "";
            ContainerStatus.prototype.message = "";
            ContainerStatus.prototype.labels = $util.emptyObject;
            ContainerStatus.prototype.annotations = $util.emptyObject;
            ContainerStatus.prototype.mounts = $util.emptyArray;
            ContainerStatus.prototype.logPath = "";
            ContainerStatus.prototype.pid = 0;
            ContainerStatus.prototype.restartCount = 0;
            ContainerStatus.prototype.runtimeHandler = "";
            ContainerStatus.prototype.command = $util.emptyArray;
            ContainerStatus.prototype.resources = null;
            ContainerStatus.prototype.tty = false;

            ContainerStatus.create = function(properties) {
                return new ContainerStatus(properties);
            };

            ContainerStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    $root.corral.v1.ContainerMetadata.encode(message.metadata, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(24).int32(message.state);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                    writer.uint32(32).int64(message.createdAt);
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt") && (typeof message.startedAt === "object" ? message.startedAt.low || message.startedAt.high : message.startedAt !== 0))
                    writer.uint32(40).int64(message.startedAt);
                if (message.finishedAt != null && $Object.hasOwnProperty.call(message, "finishedAt") && (typeof message.finishedAt === "object" ? message.finishedAt.low || message.finishedAt.high : message.finishedAt !== 0))
                    writer.uint32(48).int64(message.finishedAt);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(56).int32(message.exitCode);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    $root.corral.v1.ImageSpec.encode(message.image, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef") && message.imageRef !== "")
                    writer.uint32(74).string(message.imageRef);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(82).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(90).string(message.message);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(98).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(106).fork().uint32(10).string(keys[i]).uint32(18).string(message.annotations[keys[i]]).ldelim();
                if (message.mounts != null && message.mounts.length)
                    for (let i = 0; i < message.mounts.length; ++i)
                        $root.corral.v1.Mount.encode(message.mounts[i], writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.logPath != null && $Object.hasOwnProperty.call(message, "logPath") && message.logPath !== "")
                    writer.uint32(122).string(message.logPath);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(128).uint32(message.pid);
                if (message.restartCount != null && $Object.hasOwnProperty.call(message, "restartCount") && message.restartCount !== 0)
                    writer.uint32(136).uint32(message.restartCount);
                if (message.runtimeHandler != null && $Object.hasOwnProperty.call(message, "runtimeHandler") && message.runtimeHandler !== "")
                    writer.uint32(146).string(message.runtimeHandler);
                if (message.command != null && message.command.length)
                    for (let i = 0; i < message.command.length; ++i)
                        writer.uint32(154).string(message.command[i]);
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    $root.corral.v1.LinuxContainerResources.encode(message.resources, writer.uint32(162).fork(), _depth + 1).ldelim();
                if (message.tty != null && $Object.hasOwnProperty.call(message, "tty") && message.tty !== false)
                    writer.uint32(168).bool(message.tty);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.metadata = $root.corral.v1.ContainerMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAt = value;
                            else
                                delete message.startedAt;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.finishedAt = value;
                            else
                                delete message.finishedAt;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.image = $root.corral.v1.ImageSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.imageRef = value;
                            else
                                delete message.imageRef;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mounts && message.mounts.length))
                                message.mounts = [];
                            message.mounts.push($root.corral.v1.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.logPath = value;
                            else
                                delete message.logPath;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.restartCount = value;
                            else
                                delete message.restartCount;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runtimeHandler = value;
                            else
                                delete message.runtimeHandler;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if (!(message.command && message.command.length))
                                message.command = [];
                            message.command.push(reader.stringVerify());
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.resources = $root.corral.v1.LinuxContainerResources.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.tty = value;
                            else
                                delete message.tty;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerStatus();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.metadata != null) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".corral.v1.ContainerStatus.metadata: object expected");
                    message.metadata = $root.corral.v1.ContainerMetadata.fromObject(object.metadata, _depth + 1);
                }
                if (object.state !== 0 && (typeof object.state !== "string" || $root.corral.v1.ContainerState[object.state] !== 0))
                    switch (object.state) {
                    case "CONTAINER_CREATED":
                    case 0:
                        message.state = 0;
                        break;
                    case "CONTAINER_RUNNING":
                    case 1:
                        message.state = 1;
                        break;
                    case "CONTAINER_EXITED":
                    case 2:
                        message.state = 2;
                        break;
                    case "CONTAINER_UNKNOWN":
                    case 3:
                        message.state = 3;
                        break;
                    case "CONTAINER_PAUSED":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.createdAt != null)
                    if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                        if ($util.Long)
                            message.createdAt = $util.Long.fromValue(object.createdAt, false);
                        else if (typeof object.createdAt === "string")
                            message.createdAt = $parseInt(object.createdAt, 10);
                        else if (typeof object.createdAt === "number")
                            message.createdAt = object.createdAt;
                        else if (typeof object.createdAt === "object")
                            message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                if (object.startedAt != null)
                    if (typeof object.startedAt === "object" ? object.startedAt.low || object.startedAt.high : $Number(object.startedAt) !== 0)
                        if ($util.Long)
                            message.startedAt = $util.Long.fromValue(object.startedAt, false);
                        else if (typeof object.startedAt === "string")
                            message.startedAt = $parseInt(object.startedAt, 10);
                        else if (typeof object.startedAt === "number")
                            message.startedAt = object.startedAt;
                        else if (typeof object.startedAt === "object")
                            message.startedAt = new $util.LongBits(object.startedAt.low >>> 0, object.startedAt.high >>> 0).toNumber();
                if (object.finishedAt != null)
                    if (typeof object.finishedAt === "object" ? object.finishedAt.low || object.finishedAt.high : $Number(object.finishedAt) !== 0)
                        if ($util.Long)
                            message.finishedAt = $util.Long.fromValue(object.finishedAt, false);
                        else if (typeof object.finishedAt === "string")
                            message.finishedAt = $parseInt(object.finishedAt, 10);
                        else if (typeof object.finishedAt === "number")
                            message.finishedAt = object.finishedAt;
                        else if (typeof object.finishedAt === "object")
                            message.finishedAt = new $util.LongBits(object.finishedAt.low >>> 0, object.finishedAt.high >>> 0).toNumber();
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.image != null) {
                    if (!$util.isObject(object.image))
                        throw $TypeError(".corral.v1.ContainerStatus.image: object expected");
                    message.image = $root.corral.v1.ImageSpec.fromObject(object.image, _depth + 1);
                }
                if (object.imageRef != null)
                    if (typeof object.imageRef !== "string" || object.imageRef.length)
                        message.imageRef = $String(object.imageRef);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".corral.v1.ContainerStatus.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.annotations) {
                    if (!$util.isObject(object.annotations))
                        throw $TypeError(".corral.v1.ContainerStatus.annotations: object expected");
                    message.annotations = {};
                    for (let keys = $Object.keys(object.annotations), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.annotations, keys[i]);
                        message.annotations[keys[i]] = $String(object.annotations[keys[i]]);
                    }
                }
                if (object.mounts) {
                    if (!$Array.isArray(object.mounts))
                        throw $TypeError(".corral.v1.ContainerStatus.mounts: array expected");
                    message.mounts = $Array(object.mounts.length);
                    for (let i = 0; i < object.mounts.length; ++i) {
                        if (!$util.isObject(object.mounts[i]))
                            throw $TypeError(".corral.v1.ContainerStatus.mounts: object expected");
                        message.mounts[i] = $root.corral.v1.Mount.fromObject(object.mounts[i], _depth + 1);
                    }
                }
                if (object.logPath != null)
                    if (typeof object.logPath !== "string" || object.logPath.length)
                        message.logPath = $String(object.logPath);
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.restartCount != null)
                    if ($Number(object.restartCount) !== 0)
                        message.restartCount = object.restartCount >>> 0;
                if (object.runtimeHandler != null)
                    if (typeof object.runtimeHandler !== "string" || object.runtimeHandler.length)
                        message.runtimeHandler = $String(object.runtimeHandler);
                if (object.command) {
                    if (!$Array.isArray(object.command))
                        throw $TypeError(".corral.v1.ContainerStatus.command: array expected");
                    message.command = $Array(object.command.length);
                    for (let i = 0; i < object.command.length; ++i)
                        message.command[i] = $String(object.command[i]);
                }
                if (object.resources != null) {
                    if (!$util.isObject(object.resources))
                        throw $TypeError(".corral.v1.ContainerStatus.resources: object expected");
                    message.resources = $root.corral.v1.LinuxContainerResources.fromObject(object.resources, _depth + 1);
                }
                if (object.tty != null)
                    if (object.tty)
                        message.tty = $Boolean(object.tty);
                return message;
            };

            ContainerStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.mounts = [];
                    object.command = [];
                }
                if (options.objects || options.defaults) {
                    object.labels = {};
                    object.annotations = {};
                }
                if (options.defaults) {
                    object.id = "";
                    object.metadata = null;
                    object.state = options.enums === $String ? "CONTAINER_CREATED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.finishedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.finishedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.exitCode = 0;
                    object.image = null;
                    object.imageRef = "";
                    object.reason = "";
                    object.message = "";
                    object.logPath = "";
                    object.pid = 0;
                    object.restartCount = 0;
                    object.runtimeHandler = "";
                    object.resources = null;
                    object.tty = false;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    object.metadata = $root.corral.v1.ContainerMetadata.toObject(message.metadata, options, _depth + 1);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.corral.v1.ContainerState[message.state] === $undefined ? message.state : $root.corral.v1.ContainerState[message.state] : message.state;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAt === "number")
                        object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                    else
                        object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAt = typeof message.startedAt === "number" ? $BigInt(message.startedAt) : $util.Long.fromBits(message.startedAt.low >>> 0, message.startedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.startedAt === "number")
                        object.startedAt = options.longs === $String ? $String(message.startedAt) : message.startedAt;
                    else
                        object.startedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAt) : options.longs === $Number ? new $util.LongBits(message.startedAt.low >>> 0, message.startedAt.high >>> 0).toNumber() : message.startedAt;
                if (message.finishedAt != null && $Object.hasOwnProperty.call(message, "finishedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.finishedAt = typeof message.finishedAt === "number" ? $BigInt(message.finishedAt) : $util.Long.fromBits(message.finishedAt.low >>> 0, message.finishedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.finishedAt === "number")
                        object.finishedAt = options.longs === $String ? $String(message.finishedAt) : message.finishedAt;
                    else
                        object.finishedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.finishedAt) : options.longs === $Number ? new $util.LongBits(message.finishedAt.low >>> 0, message.finishedAt.high >>> 0).toNumber() : message.finishedAt;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = $root.corral.v1.ImageSpec.toObject(message.image, options, _depth + 1);
                if (message.imageRef != null && $Object.hasOwnProperty.call(message, "imageRef"))
                    object.imageRef = message.imageRef;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.annotations && (keys2 = $Object.keys(message.annotations)).length) {
                    object.annotations = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.annotations, keys2[j]);
                        object.annotations[keys2[j]] = message.annotations[keys2[j]];
                    }
                }
                if (message.mounts && message.mounts.length) {
                    object.mounts = $Array(message.mounts.length);
                    for (let j = 0; j < message.mounts.length; ++j)
                        object.mounts[j] = $root.corral.v1.Mount.toObject(message.mounts[j], options, _depth + 1);
                }
                if (message.logPath != null && $Object.hasOwnProperty.call(message, "logPath"))
                    object.logPath = message.logPath;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.restartCount != null && $Object.hasOwnProperty.call(message, "restartCount"))
                    object.restartCount = message.restartCount;
                if (message.runtimeHandler != null && $Object.hasOwnProperty.call(message, "runtimeHandler"))
                    object.runtimeHandler = message.runtimeHandler;
                if (message.command && message.command.length) {
                    object.command = $Array(message.command.length);
                    for (let j = 0; j < message.command.length; ++j)
                        object.command[j] = message.command[j];
                }
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    object.resources = $root.corral.v1.LinuxContainerResources.toObject(message.resources, options, _depth + 1);
                if (message.tty != null && $Object.hasOwnProperty.call(message, "tty"))
                    object.tty = message.tty;
                return object;
            };

            ContainerStatus.prototype.toJSON = function() {
                return ContainerStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerStatus";
            };

            return ContainerStatus;
        })();

        v1.ContainerStatusRequest = (function() {

            const ContainerStatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerStatusRequest.prototype.containerId = "";
            ContainerStatusRequest.prototype.verbose = false;

            ContainerStatusRequest.create = function(properties) {
                return new ContainerStatusRequest(properties);
            };

            ContainerStatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.verbose != null && $Object.hasOwnProperty.call(message, "verbose") && message.verbose !== false)
                    writer.uint32(16).bool(message.verbose);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerStatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.verbose = value;
                            else
                                delete message.verbose;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerStatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerStatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerStatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerStatusRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.verbose != null)
                    if (object.verbose)
                        message.verbose = $Boolean(object.verbose);
                return message;
            };

            ContainerStatusRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.containerId = "";
                    object.verbose = false;
                }
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.verbose != null && $Object.hasOwnProperty.call(message, "verbose"))
                    object.verbose = message.verbose;
                return object;
            };

            ContainerStatusRequest.prototype.toJSON = function() {
                return ContainerStatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerStatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerStatusRequest";
            };

            return ContainerStatusRequest;
        })();

        v1.ContainerStatusResponse = (function() {

            const ContainerStatusResponse = function (properties) {
                this.info = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerStatusResponse.prototype.status = null;
            ContainerStatusResponse.prototype.info = $util.emptyObject;

            ContainerStatusResponse.create = function(properties) {
                return new ContainerStatusResponse(properties);
            };

            ContainerStatusResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.corral.v1.ContainerStatus.encode(message.status, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    for (let keys = $Object.keys(message.info), i = 0; i < keys.length; ++i)
                        writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.info[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerStatusResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerStatusResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.corral.v1.ContainerStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.info === $util.emptyObject)
                                message.info = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.info, key);
                            message.info[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerStatusResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerStatusResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerStatusResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerStatusResponse();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".corral.v1.ContainerStatusResponse.status: object expected");
                    message.status = $root.corral.v1.ContainerStatus.fromObject(object.status, _depth + 1);
                }
                if (object.info) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".corral.v1.ContainerStatusResponse.info: object expected");
                    message.info = {};
                    for (let keys = $Object.keys(object.info), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.info, keys[i]);
                        message.info[keys[i]] = $String(object.info[keys[i]]);
                    }
                }
                return message;
            };

            ContainerStatusResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.info = {};
                if (options.defaults)
                    object.status = null;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.corral.v1.ContainerStatus.toObject(message.status, options, _depth + 1);
                let keys2;
                if (message.info && (keys2 = $Object.keys(message.info)).length) {
                    object.info = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.info, keys2[j]);
                        object.info[keys2[j]] = message.info[keys2[j]];
                    }
                }
                return object;
            };

            ContainerStatusResponse.prototype.toJSON = function() {
                return ContainerStatusResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerStatusResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerStatusResponse";
            };

            return ContainerStatusResponse;
        })();

        v1.UpdateContainerResourcesRequest = (function() {

            const UpdateContainerResourcesRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            UpdateContainerResourcesRequest.prototype.containerId = "";
            UpdateContainerResourcesRequest.prototype.resources = null;

            UpdateContainerResourcesRequest.create = function(properties) {
                return new UpdateContainerResourcesRequest(properties);
            };

            UpdateContainerResourcesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    $root.corral.v1.LinuxContainerResources.encode(message.resources, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            UpdateContainerResourcesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.UpdateContainerResourcesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.resources = $root.corral.v1.LinuxContainerResources.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            UpdateContainerResourcesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.UpdateContainerResourcesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.UpdateContainerResourcesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.UpdateContainerResourcesRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.resources != null) {
                    if (!$util.isObject(object.resources))
                        throw $TypeError(".corral.v1.UpdateContainerResourcesRequest.resources: object expected");
                    message.resources = $root.corral.v1.LinuxContainerResources.fromObject(object.resources, _depth + 1);
                }
                return message;
            };

            UpdateContainerResourcesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.containerId = "";
                    object.resources = null;
                }
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    object.resources = $root.corral.v1.LinuxContainerResources.toObject(message.resources, options, _depth + 1);
                return object;
            };

            UpdateContainerResourcesRequest.prototype.toJSON = function() {
                return UpdateContainerResourcesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            UpdateContainerResourcesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.UpdateContainerResourcesRequest";
            };

            return UpdateContainerResourcesRequest;
        })();

        v1.UpdateContainerResourcesResponse = (function() {

            const UpdateContainerResourcesResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            UpdateContainerResourcesResponse.create = function(properties) {
                return new UpdateContainerResourcesResponse(properties);
            };

            UpdateContainerResourcesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            UpdateContainerResourcesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.UpdateContainerResourcesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            UpdateContainerResourcesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.UpdateContainerResourcesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.UpdateContainerResourcesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.corral.v1.UpdateContainerResourcesResponse();
            };

            UpdateContainerResourcesResponse.toObject = function () {
                return {};
            };

            UpdateContainerResourcesResponse.prototype.toJSON = function() {
                return UpdateContainerResourcesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            UpdateContainerResourcesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.UpdateContainerResourcesResponse";
            };

            return UpdateContainerResourcesResponse;
        })();

        v1.ReopenContainerLogRequest = (function() {

            const ReopenContainerLogRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReopenContainerLogRequest.prototype.containerId = "";

            ReopenContainerLogRequest.create = function(properties) {
                return new ReopenContainerLogRequest(properties);
            };

            ReopenContainerLogRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReopenContainerLogRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ReopenContainerLogRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReopenContainerLogRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ReopenContainerLogRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ReopenContainerLogRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ReopenContainerLogRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                return message;
            };

            ReopenContainerLogRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.containerId = "";
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                return object;
            };

            ReopenContainerLogRequest.prototype.toJSON = function() {
                return ReopenContainerLogRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReopenContainerLogRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ReopenContainerLogRequest";
            };

            return ReopenContainerLogRequest;
        })();

        v1.ReopenContainerLogResponse = (function() {

            const ReopenContainerLogResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReopenContainerLogResponse.create = function(properties) {
                return new ReopenContainerLogResponse(properties);
            };

            ReopenContainerLogResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReopenContainerLogResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ReopenContainerLogResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReopenContainerLogResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ReopenContainerLogResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ReopenContainerLogResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.corral.v1.ReopenContainerLogResponse();
            };

            ReopenContainerLogResponse.toObject = function () {
                return {};
            };

            ReopenContainerLogResponse.prototype.toJSON = function() {
                return ReopenContainerLogResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReopenContainerLogResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ReopenContainerLogResponse";
            };

            return ReopenContainerLogResponse;
        })();

        v1.ExecSyncRequest = (function() {

            const ExecSyncRequest = function (properties) {
                this.cmd = [];
                this.envs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecSyncRequest.prototype.containerId = "";
            ExecSyncRequest.prototype.cmd = $util.emptyArray;
            ExecSyncRequest.prototype.timeout = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ExecSyncRequest.prototype.envs = $util.emptyArray;
            ExecSyncRequest.prototype.workingDir = "";

            ExecSyncRequest.create = function(properties) {
                return new ExecSyncRequest(properties);
            };

            ExecSyncRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.cmd != null && message.cmd.length)
                    for (let i = 0; i < message.cmd.length; ++i)
                        writer.uint32(18).string(message.cmd[i]);
                if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout") && (typeof message.timeout === "object" ? message.timeout.low || message.timeout.high : message.timeout !== 0))
                    writer.uint32(24).int64(message.timeout);
                if (message.envs != null && message.envs.length)
                    for (let i = 0; i < message.envs.length; ++i)
                        $root.corral.v1.KeyValue.encode(message.envs[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.workingDir != null && $Object.hasOwnProperty.call(message, "workingDir") && message.workingDir !== "")
                    writer.uint32(42).string(message.workingDir);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecSyncRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ExecSyncRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.cmd && message.cmd.length))
                                message.cmd = [];
                            message.cmd.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeout = value;
                            else
                                delete message.timeout;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.envs && message.envs.length))
                                message.envs = [];
                            message.envs.push($root.corral.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workingDir = value;
                            else
                                delete message.workingDir;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecSyncRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ExecSyncRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ExecSyncRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ExecSyncRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.cmd) {
                    if (!$Array.isArray(object.cmd))
                        throw $TypeError(".corral.v1.ExecSyncRequest.cmd: array expected");
                    message.cmd = $Array(object.cmd.length);
                    for (let i = 0; i < object.cmd.length; ++i)
                        message.cmd[i] = $String(object.cmd[i]);
                }
                if (object.timeout != null)
                    if (typeof object.timeout === "object" ? object.timeout.low || object.timeout.high : $Number(object.timeout) !== 0)
                        if ($util.Long)
                            message.timeout = $util.Long.fromValue(object.timeout, false);
                        else if (typeof object.timeout === "string")
                            message.timeout = $parseInt(object.timeout, 10);
                        else if (typeof object.timeout === "number")
                            message.timeout = object.timeout;
                        else if (typeof object.timeout === "object")
                            message.timeout = new $util.LongBits(object.timeout.low >>> 0, object.timeout.high >>> 0).toNumber();
                if (object.envs) {
                    if (!$Array.isArray(object.envs))
                        throw $TypeError(".corral.v1.ExecSyncRequest.envs: array expected");
                    message.envs = $Array(object.envs.length);
                    for (let i = 0; i < object.envs.length; ++i) {
                        if (!$util.isObject(object.envs[i]))
                            throw $TypeError(".corral.v1.ExecSyncRequest.envs: object expected");
                        message.envs[i] = $root.corral.v1.KeyValue.fromObject(object.envs[i], _depth + 1);
                    }
                }
                if (object.workingDir != null)
                    if (typeof object.workingDir !== "string" || object.workingDir.length)
                        message.workingDir = $String(object.workingDir);
                return message;
            };

            ExecSyncRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.cmd = [];
                    object.envs = [];
                }
                if (options.defaults) {
                    object.containerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeout = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeout = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.workingDir = "";
                }
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.cmd && message.cmd.length) {
                    object.cmd = $Array(message.cmd.length);
                    for (let j = 0; j < message.cmd.length; ++j)
                        object.cmd[j] = message.cmd[j];
                }
                if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeout = typeof message.timeout === "number" ? $BigInt(message.timeout) : $util.Long.fromBits(message.timeout.low >>> 0, message.timeout.high >>> 0, false).toBigInt();
                    else if (typeof message.timeout === "number")
                        object.timeout = options.longs === $String ? $String(message.timeout) : message.timeout;
                    else
                        object.timeout = options.longs === $String ? $util.Long.prototype.toString.call(message.timeout) : options.longs === $Number ? new $util.LongBits(message.timeout.low >>> 0, message.timeout.high >>> 0).toNumber() : message.timeout;
                if (message.envs && message.envs.length) {
                    object.envs = $Array(message.envs.length);
                    for (let j = 0; j < message.envs.length; ++j)
                        object.envs[j] = $root.corral.v1.KeyValue.toObject(message.envs[j], options, _depth + 1);
                }
                if (message.workingDir != null && $Object.hasOwnProperty.call(message, "workingDir"))
                    object.workingDir = message.workingDir;
                return object;
            };

            ExecSyncRequest.prototype.toJSON = function() {
                return ExecSyncRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecSyncRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ExecSyncRequest";
            };

            return ExecSyncRequest;
        })();

        v1.ExecSyncResponse = (function() {

            const ExecSyncResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecSyncResponse.prototype.stdout = $util.newBuffer([]);
            ExecSyncResponse.prototype.stderr = $util.newBuffer([]);
            ExecSyncResponse.prototype.exitCode = 0;
            ExecSyncResponse.prototype.timedOut = false;
            ExecSyncResponse.prototype.stdoutTruncated = false;
            ExecSyncResponse.prototype.stderrTruncated = false;

            ExecSyncResponse.create = function(properties) {
                return new ExecSyncResponse(properties);
            };

            ExecSyncResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout.length)
                    writer.uint32(10).bytes(message.stdout);
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr.length)
                    writer.uint32(18).bytes(message.stderr);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(24).int32(message.exitCode);
                if (message.timedOut != null && $Object.hasOwnProperty.call(message, "timedOut") && message.timedOut !== false)
                    writer.uint32(32).bool(message.timedOut);
                if (message.stdoutTruncated != null && $Object.hasOwnProperty.call(message, "stdoutTruncated") && message.stdoutTruncated !== false)
                    writer.uint32(40).bool(message.stdoutTruncated);
                if (message.stderrTruncated != null && $Object.hasOwnProperty.call(message, "stderrTruncated") && message.stderrTruncated !== false)
                    writer.uint32(48).bool(message.stderrTruncated);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecSyncResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ExecSyncResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stdout = value;
                            else
                                delete message.stdout;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stderr = value;
                            else
                                delete message.stderr;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.timedOut = value;
                            else
                                delete message.timedOut;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stdoutTruncated = value;
                            else
                                delete message.stdoutTruncated;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stderrTruncated = value;
                            else
                                delete message.stderrTruncated;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecSyncResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ExecSyncResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ExecSyncResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ExecSyncResponse();
                if (object.stdout != null)
                    if (object.stdout.length)
                        if (typeof object.stdout === "string")
                            $util.base64.decode(object.stdout, message.stdout = $util.newBuffer($util.base64.length(object.stdout)), 0);
                        else if (object.stdout.length >= 0)
                            message.stdout = object.stdout;
                if (object.stderr != null)
                    if (object.stderr.length)
                        if (typeof object.stderr === "string")
                            $util.base64.decode(object.stderr, message.stderr = $util.newBuffer($util.base64.length(object.stderr)), 0);
                        else if (object.stderr.length >= 0)
                            message.stderr = object.stderr;
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.timedOut != null)
                    if (object.timedOut)
                        message.timedOut = $Boolean(object.timedOut);
                if (object.stdoutTruncated != null)
                    if (object.stdoutTruncated)
                        message.stdoutTruncated = $Boolean(object.stdoutTruncated);
                if (object.stderrTruncated != null)
                    if (object.stderrTruncated)
                        message.stderrTruncated = $Boolean(object.stderrTruncated);
                return message;
            };

            ExecSyncResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.stdout = "";
                    else {
                        object.stdout = [];
                        if (options.bytes !== $Array)
                            object.stdout = $util.newBuffer(object.stdout);
                    }
                    if (options.bytes === $String)
                        object.stderr = "";
                    else {
                        object.stderr = [];
                        if (options.bytes !== $Array)
                            object.stderr = $util.newBuffer(object.stderr);
                    }
                    object.exitCode = 0;
                    object.timedOut = false;
                    object.stdoutTruncated = false;
                    object.stderrTruncated = false;
                }
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                    object.stdout = options.bytes === $String ? $util.base64.encode(message.stdout, 0, message.stdout.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stdout) : message.stdout;
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                    object.stderr = options.bytes === $String ? $util.base64.encode(message.stderr, 0, message.stderr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stderr) : message.stderr;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.timedOut != null && $Object.hasOwnProperty.call(message, "timedOut"))
                    object.timedOut = message.timedOut;
                if (message.stdoutTruncated != null && $Object.hasOwnProperty.call(message, "stdoutTruncated"))
                    object.stdoutTruncated = message.stdoutTruncated;
                if (message.stderrTruncated != null && $Object.hasOwnProperty.call(message, "stderrTruncated"))
                    object.stderrTruncated = message.stderrTruncated;
                return object;
            };

            ExecSyncResponse.prototype.toJSON = function() {
                return ExecSyncResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecSyncResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ExecSyncResponse";
            };

            return ExecSyncResponse;
        })();

        v1.ExecRequest = (function() {

            const ExecRequest = function (properties) {
                this.cmd = [];
                this.envs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecRequest.prototype.containerId = "";
            ExecRequest.prototype.cmd = $util.emptyArray;
            ExecRequest.prototype.tty = false;
            ExecRequest.prototype.stdin = false;
            ExecRequest.prototype.envs = $util.emptyArray;
            ExecRequest.prototype.workingDir = "";

            ExecRequest.create = function(properties) {
                return new ExecRequest(properties);
            };

            ExecRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.cmd != null && message.cmd.length)
                    for (let i = 0; i < message.cmd.length; ++i)
                        writer.uint32(18).string(message.cmd[i]);
                if (message.tty != null && $Object.hasOwnProperty.call(message, "tty") && message.tty !== false)
                    writer.uint32(24).bool(message.tty);
                if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== false)
                    writer.uint32(32).bool(message.stdin);
                if (message.envs != null && message.envs.length)
                    for (let i = 0; i < message.envs.length; ++i)
                        $root.corral.v1.KeyValue.encode(message.envs[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.workingDir != null && $Object.hasOwnProperty.call(message, "workingDir") && message.workingDir !== "")
                    writer.uint32(50).string(message.workingDir);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ExecRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.cmd && message.cmd.length))
                                message.cmd = [];
                            message.cmd.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.tty = value;
                            else
                                delete message.tty;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stdin = value;
                            else
                                delete message.stdin;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.envs && message.envs.length))
                                message.envs = [];
                            message.envs.push($root.corral.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workingDir = value;
                            else
                                delete message.workingDir;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ExecRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ExecRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ExecRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.cmd) {
                    if (!$Array.isArray(object.cmd))
                        throw $TypeError(".corral.v1.ExecRequest.cmd: array expected");
                    message.cmd = $Array(object.cmd.length);
                    for (let i = 0; i < object.cmd.length; ++i)
                        message.cmd[i] = $String(object.cmd[i]);
                }
                if (object.tty != null)
                    if (object.tty)
                        message.tty = $Boolean(object.tty);
                if (object.stdin != null)
                    if (object.stdin)
                        message.stdin = $Boolean(object.stdin);
                if (object.envs) {
                    if (!$Array.isArray(object.envs))
                        throw $TypeError(".corral.v1.ExecRequest.envs: array expected");
                    message.envs = $Array(object.envs.length);
                    for (let i = 0; i < object.envs.length; ++i) {
                        if (!$util.isObject(object.envs[i]))
                            throw $TypeError(".corral.v1.ExecRequest.envs: object expected");
                        message.envs[i] = $root.corral.v1.KeyValue.fromObject(object.envs[i], _depth + 1);
                    }
                }
                if (object.workingDir != null)
                    if (typeof object.workingDir !== "string" || object.workingDir.length)
                        message.workingDir = $String(object.workingDir);
                return message;
            };

            ExecRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.cmd = [];
                    object.envs = [];
                }
                if (options.defaults) {
                    object.containerId = "";
                    object.tty = false;
                    object.stdin = false;
                    object.workingDir = "";
                }
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.cmd && message.cmd.length) {
                    object.cmd = $Array(message.cmd.length);
                    for (let j = 0; j < message.cmd.length; ++j)
                        object.cmd[j] = message.cmd[j];
                }
                if (message.tty != null && $Object.hasOwnProperty.call(message, "tty"))
                    object.tty = message.tty;
                if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                    object.stdin = message.stdin;
                if (message.envs && message.envs.length) {
                    object.envs = $Array(message.envs.length);
                    for (let j = 0; j < message.envs.length; ++j)
                        object.envs[j] = $root.corral.v1.KeyValue.toObject(message.envs[j], options, _depth + 1);
                }
                if (message.workingDir != null && $Object.hasOwnProperty.call(message, "workingDir"))
                    object.workingDir = message.workingDir;
                return object;
            };

            ExecRequest.prototype.toJSON = function() {
                return ExecRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ExecRequest";
            };

            return ExecRequest;
        })();

        v1.AttachRequest = (function() {

            const AttachRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AttachRequest.prototype.containerId = "";
            AttachRequest.prototype.stdin = false;
            AttachRequest.prototype.tty = false;

            AttachRequest.create = function(properties) {
                return new AttachRequest(properties);
            };

            AttachRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== false)
                    writer.uint32(16).bool(message.stdin);
                if (message.tty != null && $Object.hasOwnProperty.call(message, "tty") && message.tty !== false)
                    writer.uint32(24).bool(message.tty);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AttachRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.AttachRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stdin = value;
                            else
                                delete message.stdin;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.tty = value;
                            else
                                delete message.tty;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AttachRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.AttachRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.AttachRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.AttachRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.stdin != null)
                    if (object.stdin)
                        message.stdin = $Boolean(object.stdin);
                if (object.tty != null)
                    if (object.tty)
                        message.tty = $Boolean(object.tty);
                return message;
            };

            AttachRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.containerId = "";
                    object.stdin = false;
                    object.tty = false;
                }
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                    object.stdin = message.stdin;
                if (message.tty != null && $Object.hasOwnProperty.call(message, "tty"))
                    object.tty = message.tty;
                return object;
            };

            AttachRequest.prototype.toJSON = function() {
                return AttachRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            AttachRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.AttachRequest";
            };

            return AttachRequest;
        })();

        v1.ExecResponse = (function() {

            const ExecResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecResponse.prototype.exitCode = 0;

            ExecResponse.create = function(properties) {
                return new ExecResponse(properties);
            };

            ExecResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(8).int32(message.exitCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ExecResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ExecResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ExecResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ExecResponse();
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                return message;
            };

            ExecResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.exitCode = 0;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                return object;
            };

            ExecResponse.prototype.toJSON = function() {
                return ExecResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ExecResponse";
            };

            return ExecResponse;
        })();

        v1.TerminalSize = (function() {

            const TerminalSize = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TerminalSize.prototype.width = 0;
            TerminalSize.prototype.height = 0;

            TerminalSize.create = function(properties) {
                return new TerminalSize(properties);
            };

            TerminalSize.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(8).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(16).uint32(message.height);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TerminalSize.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.TerminalSize();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TerminalSize.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.TerminalSize)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.TerminalSize: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.TerminalSize();
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                return message;
            };

            TerminalSize.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.width = 0;
                    object.height = 0;
                }
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                return object;
            };

            TerminalSize.prototype.toJSON = function() {
                return TerminalSize.toObject(this, $protobuf.util.toJSONOptions);
            };

            TerminalSize.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.TerminalSize";
            };

            return TerminalSize;
        })();

        v1.ProcessInput = (function() {

            const ProcessInput = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ProcessInput.prototype.stdin = $util.newBuffer([]);
            ProcessInput.prototype.closeStdin = false;
            ProcessInput.prototype.resize = null;

            ProcessInput.create = function(properties) {
                return new ProcessInput(properties);
            };

            ProcessInput.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin.length)
                    writer.uint32(10).bytes(message.stdin);
                if (message.closeStdin != null && $Object.hasOwnProperty.call(message, "closeStdin") && message.closeStdin !== false)
                    writer.uint32(16).bool(message.closeStdin);
                if (message.resize != null && $Object.hasOwnProperty.call(message, "resize"))
                    $root.corral.v1.TerminalSize.encode(message.resize, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ProcessInput.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ProcessInput();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stdin = value;
                            else
                                delete message.stdin;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.closeStdin = value;
                            else
                                delete message.closeStdin;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.resize = $root.corral.v1.TerminalSize.decode(reader, reader.size(), $undefined, _depth + 1, message.resize);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ProcessInput.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ProcessInput)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ProcessInput: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ProcessInput();
                if (object.stdin != null)
                    if (object.stdin.length)
                        if (typeof object.stdin === "string")
                            $util.base64.decode(object.stdin, message.stdin = $util.newBuffer($util.base64.length(object.stdin)), 0);
                        else if (object.stdin.length >= 0)
                            message.stdin = object.stdin;
                if (object.closeStdin != null)
                    if (object.closeStdin)
                        message.closeStdin = $Boolean(object.closeStdin);
                if (object.resize != null) {
                    if (!$util.isObject(object.resize))
                        throw $TypeError(".corral.v1.ProcessInput.resize: object expected");
                    message.resize = $root.corral.v1.TerminalSize.fromObject(object.resize, _depth + 1);
                }
                return message;
            };

            ProcessInput.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.stdin = "";
                    else {
                        object.stdin = [];
                        if (options.bytes !== $Array)
                            object.stdin = $util.newBuffer(object.stdin);
                    }
                    object.closeStdin = false;
                    object.resize = null;
                }
                if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                    object.stdin = options.bytes === $String ? $util.base64.encode(message.stdin, 0, message.stdin.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stdin) : message.stdin;
                if (message.closeStdin != null && $Object.hasOwnProperty.call(message, "closeStdin"))
                    object.closeStdin = message.closeStdin;
                if (message.resize != null && $Object.hasOwnProperty.call(message, "resize"))
                    object.resize = $root.corral.v1.TerminalSize.toObject(message.resize, options, _depth + 1);
                return object;
            };

            ProcessInput.prototype.toJSON = function() {
                return ProcessInput.toObject(this, $protobuf.util.toJSONOptions);
            };

            ProcessInput.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ProcessInput";
            };

            return ProcessInput;
        })();

        v1.ProcessOutput = (function() {

            const ProcessOutput = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ProcessOutput.prototype.stdout = $util.newBuffer([]);
            ProcessOutput.prototype.stderr = $util.newBuffer([]);

            ProcessOutput.create = function(properties) {
                return new ProcessOutput(properties);
            };

            ProcessOutput.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout.length)
                    writer.uint32(10).bytes(message.stdout);
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr.length)
                    writer.uint32(18).bytes(message.stderr);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ProcessOutput.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ProcessOutput();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stdout = value;
                            else
                                delete message.stdout;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stderr = value;
                            else
                                delete message.stderr;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ProcessOutput.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ProcessOutput)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ProcessOutput: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ProcessOutput();
                if (object.stdout != null)
                    if (object.stdout.length)
                        if (typeof object.stdout === "string")
                            $util.base64.decode(object.stdout, message.stdout = $util.newBuffer($util.base64.length(object.stdout)), 0);
                        else if (object.stdout.length >= 0)
                            message.stdout = object.stdout;
                if (object.stderr != null)
                    if (object.stderr.length)
                        if (typeof object.stderr === "string")
                            $util.base64.decode(object.stderr, message.stderr = $util.newBuffer($util.base64.length(object.stderr)), 0);
                        else if (object.stderr.length >= 0)
                            message.stderr = object.stderr;
                return message;
            };

            ProcessOutput.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.stdout = "";
                    else {
                        object.stdout = [];
                        if (options.bytes !== $Array)
                            object.stdout = $util.newBuffer(object.stdout);
                    }
                    if (options.bytes === $String)
                        object.stderr = "";
                    else {
                        object.stderr = [];
                        if (options.bytes !== $Array)
                            object.stderr = $util.newBuffer(object.stderr);
                    }
                }
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                    object.stdout = options.bytes === $String ? $util.base64.encode(message.stdout, 0, message.stdout.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stdout) : message.stdout;
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                    object.stderr = options.bytes === $String ? $util.base64.encode(message.stderr, 0, message.stderr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stderr) : message.stderr;
                return object;
            };

            ProcessOutput.prototype.toJSON = function() {
                return ProcessOutput.toObject(this, $protobuf.util.toJSONOptions);
            };

            ProcessOutput.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ProcessOutput";
            };

            return ProcessOutput;
        })();

        v1.PauseContainerRequest = (function() {

            const PauseContainerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PauseContainerRequest.prototype.containerId = "";

            PauseContainerRequest.create = function(properties) {
                return new PauseContainerRequest(properties);
            };

            PauseContainerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PauseContainerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.PauseContainerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PauseContainerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.PauseContainerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.PauseContainerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.PauseContainerRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                return message;
            };

            PauseContainerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.containerId = "";
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                return object;
            };

            PauseContainerRequest.prototype.toJSON = function() {
                return PauseContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            PauseContainerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.PauseContainerRequest";
            };

            return PauseContainerRequest;
        })();

        v1.PauseContainerResponse = (function() {

            const PauseContainerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PauseContainerResponse.create = function(properties) {
                return new PauseContainerResponse(properties);
            };

            PauseContainerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PauseContainerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.PauseContainerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PauseContainerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.PauseContainerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.PauseContainerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.corral.v1.PauseContainerResponse();
            };

            PauseContainerResponse.toObject = function () {
                return {};
            };

            PauseContainerResponse.prototype.toJSON = function() {
                return PauseContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            PauseContainerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.PauseContainerResponse";
            };

            return PauseContainerResponse;
        })();

        v1.ResumeContainerRequest = (function() {

            const ResumeContainerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ResumeContainerRequest.prototype.containerId = "";

            ResumeContainerRequest.create = function(properties) {
                return new ResumeContainerRequest(properties);
            };

            ResumeContainerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ResumeContainerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ResumeContainerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ResumeContainerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ResumeContainerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ResumeContainerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ResumeContainerRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                return message;
            };

            ResumeContainerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.containerId = "";
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                return object;
            };

            ResumeContainerRequest.prototype.toJSON = function() {
                return ResumeContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ResumeContainerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ResumeContainerRequest";
            };

            return ResumeContainerRequest;
        })();

        v1.ResumeContainerResponse = (function() {

            const ResumeContainerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ResumeContainerResponse.create = function(properties) {
                return new ResumeContainerResponse(properties);
            };

            ResumeContainerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ResumeContainerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ResumeContainerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ResumeContainerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ResumeContainerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ResumeContainerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.corral.v1.ResumeContainerResponse();
            };

            ResumeContainerResponse.toObject = function () {
                return {};
            };

            ResumeContainerResponse.prototype.toJSON = function() {
                return ResumeContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ResumeContainerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ResumeContainerResponse";
            };

            return ResumeContainerResponse;
        })();

        v1.KillContainerRequest = (function() {

            const KillContainerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            KillContainerRequest.prototype.containerId = "";
            KillContainerRequest.prototype.signal = "";

            KillContainerRequest.create = function(properties) {
                return new KillContainerRequest(properties);
            };

            KillContainerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== "")
                    writer.uint32(18).string(message.signal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            KillContainerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.KillContainerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signal = value;
                            else
                                delete message.signal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            KillContainerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.KillContainerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.KillContainerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.KillContainerRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.signal != null)
                    if (typeof object.signal !== "string" || object.signal.length)
                        message.signal = $String(object.signal);
                return message;
            };

            KillContainerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.containerId = "";
                    object.signal = "";
                }
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    object.signal = message.signal;
                return object;
            };

            KillContainerRequest.prototype.toJSON = function() {
                return KillContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            KillContainerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.KillContainerRequest";
            };

            return KillContainerRequest;
        })();

        v1.KillContainerResponse = (function() {

            const KillContainerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            KillContainerResponse.create = function(properties) {
                return new KillContainerResponse(properties);
            };

            KillContainerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            KillContainerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.KillContainerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            KillContainerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.KillContainerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.KillContainerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.corral.v1.KillContainerResponse();
            };

            KillContainerResponse.toObject = function () {
                return {};
            };

            KillContainerResponse.prototype.toJSON = function() {
                return KillContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            KillContainerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.KillContainerResponse";
            };

            return KillContainerResponse;
        })();

        v1.WaitContainerRequest = (function() {

            const WaitContainerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WaitContainerRequest.prototype.containerId = "";

            WaitContainerRequest.create = function(properties) {
                return new WaitContainerRequest(properties);
            };

            WaitContainerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WaitContainerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.WaitContainerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WaitContainerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.WaitContainerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.WaitContainerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.WaitContainerRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                return message;
            };

            WaitContainerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.containerId = "";
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                return object;
            };

            WaitContainerRequest.prototype.toJSON = function() {
                return WaitContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            WaitContainerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.WaitContainerRequest";
            };

            return WaitContainerRequest;
        })();

        v1.WaitContainerResponse = (function() {

            const WaitContainerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WaitContainerResponse.prototype.exitCode = 0;
            WaitContainerResponse.prototype.finishedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WaitContainerResponse.prototype.reason = "";

            WaitContainerResponse.create = function(properties) {
                return new WaitContainerResponse(properties);
            };

            WaitContainerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(8).int32(message.exitCode);
                if (message.finishedAt != null && $Object.hasOwnProperty.call(message, "finishedAt") && (typeof message.finishedAt === "object" ? message.finishedAt.low || message.finishedAt.high : message.finishedAt !== 0))
                    writer.uint32(16).int64(message.finishedAt);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WaitContainerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.WaitContainerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.finishedAt = value;
                            else
                                delete message.finishedAt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WaitContainerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.WaitContainerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.WaitContainerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.WaitContainerResponse();
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.finishedAt != null)
                    if (typeof object.finishedAt === "object" ? object.finishedAt.low || object.finishedAt.high : $Number(object.finishedAt) !== 0)
                        if ($util.Long)
                            message.finishedAt = $util.Long.fromValue(object.finishedAt, false);
                        else if (typeof object.finishedAt === "string")
                            message.finishedAt = $parseInt(object.finishedAt, 10);
                        else if (typeof object.finishedAt === "number")
                            message.finishedAt = object.finishedAt;
                        else if (typeof object.finishedAt === "object")
                            message.finishedAt = new $util.LongBits(object.finishedAt.low >>> 0, object.finishedAt.high >>> 0).toNumber();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            WaitContainerResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.exitCode = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.finishedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.finishedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reason = "";
                }
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.finishedAt != null && $Object.hasOwnProperty.call(message, "finishedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.finishedAt = typeof message.finishedAt === "number" ? $BigInt(message.finishedAt) : $util.Long.fromBits(message.finishedAt.low >>> 0, message.finishedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.finishedAt === "number")
                        object.finishedAt = options.longs === $String ? $String(message.finishedAt) : message.finishedAt;
                    else
                        object.finishedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.finishedAt) : options.longs === $Number ? new $util.LongBits(message.finishedAt.low >>> 0, message.finishedAt.high >>> 0).toNumber() : message.finishedAt;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            WaitContainerResponse.prototype.toJSON = function() {
                return WaitContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            WaitContainerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.WaitContainerResponse";
            };

            return WaitContainerResponse;
        })();

        v1.ListContainerPidsRequest = (function() {

            const ListContainerPidsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListContainerPidsRequest.prototype.containerId = "";

            ListContainerPidsRequest.create = function(properties) {
                return new ListContainerPidsRequest(properties);
            };

            ListContainerPidsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListContainerPidsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ListContainerPidsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListContainerPidsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ListContainerPidsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ListContainerPidsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ListContainerPidsRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                return message;
            };

            ListContainerPidsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.containerId = "";
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                return object;
            };

            ListContainerPidsRequest.prototype.toJSON = function() {
                return ListContainerPidsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ListContainerPidsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ListContainerPidsRequest";
            };

            return ListContainerPidsRequest;
        })();

        v1.ListContainerPidsResponse = (function() {

            const ListContainerPidsResponse = function (properties) {
                this.pids = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListContainerPidsResponse.prototype.pids = $util.emptyArray;

            ListContainerPidsResponse.create = function(properties) {
                return new ListContainerPidsResponse(properties);
            };

            ListContainerPidsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pids != null && message.pids.length)
                    writer.uint32(10).uint32s(message.pids);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListContainerPidsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ListContainerPidsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.pids && message.pids.length))
                                    message.pids = [];
                                reader.uint32s(message.pids);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.pids && message.pids.length))
                                message.pids = [];
                            message.pids.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListContainerPidsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ListContainerPidsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ListContainerPidsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ListContainerPidsResponse();
                if (object.pids) {
                    if (!$Array.isArray(object.pids))
                        throw $TypeError(".corral.v1.ListContainerPidsResponse.pids: array expected");
                    message.pids = $Array(object.pids.length);
                    for (let i = 0; i < object.pids.length; ++i)
                        message.pids[i] = object.pids[i] >>> 0;
                }
                return message;
            };

            ListContainerPidsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.pids = [];
                if (message.pids && message.pids.length) {
                    object.pids = $Array(message.pids.length);
                    for (let j = 0; j < message.pids.length; ++j)
                        object.pids[j] = message.pids[j];
                }
                return object;
            };

            ListContainerPidsResponse.prototype.toJSON = function() {
                return ListContainerPidsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ListContainerPidsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ListContainerPidsResponse";
            };

            return ListContainerPidsResponse;
        })();

        v1.CpuUsage = (function() {

            const CpuUsage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CpuUsage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            CpuUsage.prototype.usageCoreNanoSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            CpuUsage.prototype.usageNanoCores = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            CpuUsage.create = function(properties) {
                return new CpuUsage(properties);
            };

            CpuUsage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(8).int64(message.timestamp);
                if (message.usageCoreNanoSeconds != null && $Object.hasOwnProperty.call(message, "usageCoreNanoSeconds") && (typeof message.usageCoreNanoSeconds === "object" ? message.usageCoreNanoSeconds.low || message.usageCoreNanoSeconds.high : message.usageCoreNanoSeconds !== 0))
                    writer.uint32(16).uint64(message.usageCoreNanoSeconds);
                if (message.usageNanoCores != null && $Object.hasOwnProperty.call(message, "usageNanoCores") && (typeof message.usageNanoCores === "object" ? message.usageNanoCores.low || message.usageNanoCores.high : message.usageNanoCores !== 0))
                    writer.uint32(24).uint64(message.usageNanoCores);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CpuUsage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.CpuUsage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.usageCoreNanoSeconds = value;
                            else
                                delete message.usageCoreNanoSeconds;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.usageNanoCores = value;
                            else
                                delete message.usageNanoCores;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CpuUsage.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.CpuUsage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.CpuUsage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.CpuUsage();
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.usageCoreNanoSeconds != null)
                    if (typeof object.usageCoreNanoSeconds === "object" ? object.usageCoreNanoSeconds.low || object.usageCoreNanoSeconds.high : $Number(object.usageCoreNanoSeconds) !== 0)
                        if ($util.Long)
                            message.usageCoreNanoSeconds = $util.Long.fromValue(object.usageCoreNanoSeconds, true);
                        else if (typeof object.usageCoreNanoSeconds === "string")
                            message.usageCoreNanoSeconds = $parseInt(object.usageCoreNanoSeconds, 10);
                        else if (typeof object.usageCoreNanoSeconds === "number")
                            message.usageCoreNanoSeconds = object.usageCoreNanoSeconds;
                        else if (typeof object.usageCoreNanoSeconds === "object")
                            message.usageCoreNanoSeconds = new $util.LongBits(object.usageCoreNanoSeconds.low >>> 0, object.usageCoreNanoSeconds.high >>> 0).toNumber(true);
                if (object.usageNanoCores != null)
                    if (typeof object.usageNanoCores === "object" ? object.usageNanoCores.low || object.usageNanoCores.high : $Number(object.usageNanoCores) !== 0)
                        if ($util.Long)
                            message.usageNanoCores = $util.Long.fromValue(object.usageNanoCores, true);
                        else if (typeof object.usageNanoCores === "string")
                            message.usageNanoCores = $parseInt(object.usageNanoCores, 10);
                        else if (typeof object.usageNanoCores === "number")
                            message.usageNanoCores = object.usageNanoCores;
                        else if (typeof object.usageNanoCores === "object")
                            message.usageNanoCores = new $util.LongBits(object.usageNanoCores.low >>> 0, object.usageNanoCores.high >>> 0).toNumber(true);
                return message;
            };

            CpuUsage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.usageCoreNanoSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.usageCoreNanoSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.usageNanoCores = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.usageNanoCores = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.usageCoreNanoSeconds != null && $Object.hasOwnProperty.call(message, "usageCoreNanoSeconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.usageCoreNanoSeconds = typeof message.usageCoreNanoSeconds === "number" ? $BigInt(message.usageCoreNanoSeconds) : $util.Long.fromBits(message.usageCoreNanoSeconds.low >>> 0, message.usageCoreNanoSeconds.high >>> 0, true).toBigInt();
                    else if (typeof message.usageCoreNanoSeconds === "number")
                        object.usageCoreNanoSeconds = options.longs === $String ? $String(message.usageCoreNanoSeconds) : message.usageCoreNanoSeconds;
                    else
                        object.usageCoreNanoSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.usageCoreNanoSeconds) : options.longs === $Number ? new $util.LongBits(message.usageCoreNanoSeconds.low >>> 0, message.usageCoreNanoSeconds.high >>> 0).toNumber(true) : message.usageCoreNanoSeconds;
                if (message.usageNanoCores != null && $Object.hasOwnProperty.call(message, "usageNanoCores"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.usageNanoCores = typeof message.usageNanoCores === "number" ? $BigInt(message.usageNanoCores) : $util.Long.fromBits(message.usageNanoCores.low >>> 0, message.usageNanoCores.high >>> 0, true).toBigInt();
                    else if (typeof message.usageNanoCores === "number")
                        object.usageNanoCores = options.longs === $String ? $String(message.usageNanoCores) : message.usageNanoCores;
                    else
                        object.usageNanoCores = options.longs === $String ? $util.Long.prototype.toString.call(message.usageNanoCores) : options.longs === $Number ? new $util.LongBits(message.usageNanoCores.low >>> 0, message.usageNanoCores.high >>> 0).toNumber(true) : message.usageNanoCores;
                return object;
            };

            CpuUsage.prototype.toJSON = function() {
                return CpuUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            CpuUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.CpuUsage";
            };

            return CpuUsage;
        })();

        v1.MemoryUsage = (function() {

            const MemoryUsage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MemoryUsage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            MemoryUsage.prototype.workingSetBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryUsage.prototype.usageBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryUsage.prototype.rssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryUsage.prototype.pageFaults = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryUsage.prototype.majorPageFaults = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryUsage.prototype.limitBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            MemoryUsage.create = function(properties) {
                return new MemoryUsage(properties);
            };

            MemoryUsage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(8).int64(message.timestamp);
                if (message.workingSetBytes != null && $Object.hasOwnProperty.call(message, "workingSetBytes") && (typeof message.workingSetBytes === "object" ? message.workingSetBytes.low || message.workingSetBytes.high : message.workingSetBytes !== 0))
                    writer.uint32(16).uint64(message.workingSetBytes);
                if (message.usageBytes != null && $Object.hasOwnProperty.call(message, "usageBytes") && (typeof message.usageBytes === "object" ? message.usageBytes.low || message.usageBytes.high : message.usageBytes !== 0))
                    writer.uint32(24).uint64(message.usageBytes);
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes") && (typeof message.rssBytes === "object" ? message.rssBytes.low || message.rssBytes.high : message.rssBytes !== 0))
                    writer.uint32(32).uint64(message.rssBytes);
                if (message.pageFaults != null && $Object.hasOwnProperty.call(message, "pageFaults") && (typeof message.pageFaults === "object" ? message.pageFaults.low || message.pageFaults.high : message.pageFaults !== 0))
                    writer.uint32(40).uint64(message.pageFaults);
                if (message.majorPageFaults != null && $Object.hasOwnProperty.call(message, "majorPageFaults") && (typeof message.majorPageFaults === "object" ? message.majorPageFaults.low || message.majorPageFaults.high : message.majorPageFaults !== 0))
                    writer.uint32(48).uint64(message.majorPageFaults);
                if (message.limitBytes != null && $Object.hasOwnProperty.call(message, "limitBytes") && (typeof message.limitBytes === "object" ? message.limitBytes.low || message.limitBytes.high : message.limitBytes !== 0))
                    writer.uint32(56).uint64(message.limitBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MemoryUsage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.MemoryUsage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.workingSetBytes = value;
                            else
                                delete message.workingSetBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.usageBytes = value;
                            else
                                delete message.usageBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rssBytes = value;
                            else
                                delete message.rssBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pageFaults = value;
                            else
                                delete message.pageFaults;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.majorPageFaults = value;
                            else
                                delete message.majorPageFaults;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.limitBytes = value;
                            else
                                delete message.limitBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MemoryUsage.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.MemoryUsage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.MemoryUsage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.MemoryUsage();
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.workingSetBytes != null)
                    if (typeof object.workingSetBytes === "object" ? object.workingSetBytes.low || object.workingSetBytes.high : $Number(object.workingSetBytes) !== 0)
                        if ($util.Long)
                            message.workingSetBytes = $util.Long.fromValue(object.workingSetBytes, true);
                        else if (typeof object.workingSetBytes === "string")
                            message.workingSetBytes = $parseInt(object.workingSetBytes, 10);
                        else if (typeof object.workingSetBytes === "number")
                            message.workingSetBytes = object.workingSetBytes;
                        else if (typeof object.workingSetBytes === "object")
                            message.workingSetBytes = new $util.LongBits(object.workingSetBytes.low >>> 0, object.workingSetBytes.high >>> 0).toNumber(true);
                if (object.usageBytes != null)
                    if (typeof object.usageBytes === "object" ? object.usageBytes.low || object.usageBytes.high : $Number(object.usageBytes) !== 0)
                        if ($util.Long)
                            message.usageBytes = $util.Long.fromValue(object.usageBytes, true);
                        else if (typeof object.usageBytes === "string")
                            message.usageBytes = $parseInt(object.usageBytes, 10);
                        else if (typeof object.usageBytes === "number")
                            message.usageBytes = object.usageBytes;
                        else if (typeof object.usageBytes === "object")
                            message.usageBytes = new $util.LongBits(object.usageBytes.low >>> 0, object.usageBytes.high >>> 0).toNumber(true);
                if (object.rssBytes != null)
                    if (typeof object.rssBytes === "object" ? object.rssBytes.low || object.rssBytes.high : $Number(object.rssBytes) !== 0)
                        if ($util.Long)
                            message.rssBytes = $util.Long.fromValue(object.rssBytes, true);
                        else if (typeof object.rssBytes === "string")
                            message.rssBytes = $parseInt(object.rssBytes, 10);
                        else if (typeof object.rssBytes === "number")
                            message.rssBytes = object.rssBytes;
                        else if (typeof object.rssBytes === "object")
                            message.rssBytes = new $util.LongBits(object.rssBytes.low >>> 0, object.rssBytes.high >>> 0).toNumber(true);
                if (object.pageFaults != null)
                    if (typeof object.pageFaults === "object" ? object.pageFaults.low || object.pageFaults.high : $Number(object.pageFaults) !== 0)
                        if ($util.Long)
                            message.pageFaults = $util.Long.fromValue(object.pageFaults, true);
                        else if (typeof object.pageFaults === "string")
                            message.pageFaults = $parseInt(object.pageFaults, 10);
                        else if (typeof object.pageFaults === "number")
                            message.pageFaults = object.pageFaults;
                        else if (typeof object.pageFaults === "object")
                            message.pageFaults = new $util.LongBits(object.pageFaults.low >>> 0, object.pageFaults.high >>> 0).toNumber(true);
                if (object.majorPageFaults != null)
                    if (typeof object.majorPageFaults === "object" ? object.majorPageFaults.low || object.majorPageFaults.high : $Number(object.majorPageFaults) !== 0)
                        if ($util.Long)
                            message.majorPageFaults = $util.Long.fromValue(object.majorPageFaults, true);
                        else if (typeof object.majorPageFaults === "string")
                            message.majorPageFaults = $parseInt(object.majorPageFaults, 10);
                        else if (typeof object.majorPageFaults === "number")
                            message.majorPageFaults = object.majorPageFaults;
                        else if (typeof object.majorPageFaults === "object")
                            message.majorPageFaults = new $util.LongBits(object.majorPageFaults.low >>> 0, object.majorPageFaults.high >>> 0).toNumber(true);
                if (object.limitBytes != null)
                    if (typeof object.limitBytes === "object" ? object.limitBytes.low || object.limitBytes.high : $Number(object.limitBytes) !== 0)
                        if ($util.Long)
                            message.limitBytes = $util.Long.fromValue(object.limitBytes, true);
                        else if (typeof object.limitBytes === "string")
                            message.limitBytes = $parseInt(object.limitBytes, 10);
                        else if (typeof object.limitBytes === "number")
                            message.limitBytes = object.limitBytes;
                        else if (typeof object.limitBytes === "object")
                            message.limitBytes = new $util.LongBits(object.limitBytes.low >>> 0, object.limitBytes.high >>> 0).toNumber(true);
                return message;
            };

            MemoryUsage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.workingSetBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.workingSetBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.usageBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.usageBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rssBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rssBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.pageFaults = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.pageFaults = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.majorPageFaults = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.majorPageFaults = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.limitBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.limitBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.workingSetBytes != null && $Object.hasOwnProperty.call(message, "workingSetBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.workingSetBytes = typeof message.workingSetBytes === "number" ? $BigInt(message.workingSetBytes) : $util.Long.fromBits(message.workingSetBytes.low >>> 0, message.workingSetBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.workingSetBytes === "number")
                        object.workingSetBytes = options.longs === $String ? $String(message.workingSetBytes) : message.workingSetBytes;
                    else
                        object.workingSetBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.workingSetBytes) : options.longs === $Number ? new $util.LongBits(message.workingSetBytes.low >>> 0, message.workingSetBytes.high >>> 0).toNumber(true) : message.workingSetBytes;
                if (message.usageBytes != null && $Object.hasOwnProperty.call(message, "usageBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.usageBytes = typeof message.usageBytes === "number" ? $BigInt(message.usageBytes) : $util.Long.fromBits(message.usageBytes.low >>> 0, message.usageBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.usageBytes === "number")
                        object.usageBytes = options.longs === $String ? $String(message.usageBytes) : message.usageBytes;
                    else
                        object.usageBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.usageBytes) : options.longs === $Number ? new $util.LongBits(message.usageBytes.low >>> 0, message.usageBytes.high >>> 0).toNumber(true) : message.usageBytes;
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rssBytes = typeof message.rssBytes === "number" ? $BigInt(message.rssBytes) : $util.Long.fromBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.rssBytes === "number")
                        object.rssBytes = options.longs === $String ? $String(message.rssBytes) : message.rssBytes;
                    else
                        object.rssBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.rssBytes) : options.longs === $Number ? new $util.LongBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0).toNumber(true) : message.rssBytes;
                if (message.pageFaults != null && $Object.hasOwnProperty.call(message, "pageFaults"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.pageFaults = typeof message.pageFaults === "number" ? $BigInt(message.pageFaults) : $util.Long.fromBits(message.pageFaults.low >>> 0, message.pageFaults.high >>> 0, true).toBigInt();
                    else if (typeof message.pageFaults === "number")
                        object.pageFaults = options.longs === $String ? $String(message.pageFaults) : message.pageFaults;
                    else
                        object.pageFaults = options.longs === $String ? $util.Long.prototype.toString.call(message.pageFaults) : options.longs === $Number ? new $util.LongBits(message.pageFaults.low >>> 0, message.pageFaults.high >>> 0).toNumber(true) : message.pageFaults;
                if (message.majorPageFaults != null && $Object.hasOwnProperty.call(message, "majorPageFaults"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.majorPageFaults = typeof message.majorPageFaults === "number" ? $BigInt(message.majorPageFaults) : $util.Long.fromBits(message.majorPageFaults.low >>> 0, message.majorPageFaults.high >>> 0, true).toBigInt();
                    else if (typeof message.majorPageFaults === "number")
                        object.majorPageFaults = options.longs === $String ? $String(message.majorPageFaults) : message.majorPageFaults;
                    else
                        object.majorPageFaults = options.longs === $String ? $util.Long.prototype.toString.call(message.majorPageFaults) : options.longs === $Number ? new $util.LongBits(message.majorPageFaults.low >>> 0, message.majorPageFaults.high >>> 0).toNumber(true) : message.majorPageFaults;
                if (message.limitBytes != null && $Object.hasOwnProperty.call(message, "limitBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.limitBytes = typeof message.limitBytes === "number" ? $BigInt(message.limitBytes) : $util.Long.fromBits(message.limitBytes.low >>> 0, message.limitBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.limitBytes === "number")
                        object.limitBytes = options.longs === $String ? $String(message.limitBytes) : message.limitBytes;
                    else
                        object.limitBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.limitBytes) : options.longs === $Number ? new $util.LongBits(message.limitBytes.low >>> 0, message.limitBytes.high >>> 0).toNumber(true) : message.limitBytes;
                return object;
            };

            MemoryUsage.prototype.toJSON = function() {
                return MemoryUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            MemoryUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.MemoryUsage";
            };

            return MemoryUsage;
        })();

        v1.PidsUsage = (function() {

            const PidsUsage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PidsUsage.prototype.current = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PidsUsage.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            PidsUsage.create = function(properties) {
                return new PidsUsage(properties);
            };

            PidsUsage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.current != null && $Object.hasOwnProperty.call(message, "current") && (typeof message.current === "object" ? message.current.low || message.current.high : message.current !== 0))
                    writer.uint32(8).uint64(message.current);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                    writer.uint32(16).uint64(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PidsUsage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.PidsUsage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.current = value;
                            else
                                delete message.current;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PidsUsage.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.PidsUsage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.PidsUsage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.PidsUsage();
                if (object.current != null)
                    if (typeof object.current === "object" ? object.current.low || object.current.high : $Number(object.current) !== 0)
                        if ($util.Long)
                            message.current = $util.Long.fromValue(object.current, true);
                        else if (typeof object.current === "string")
                            message.current = $parseInt(object.current, 10);
                        else if (typeof object.current === "number")
                            message.current = object.current;
                        else if (typeof object.current === "object")
                            message.current = new $util.LongBits(object.current.low >>> 0, object.current.high >>> 0).toNumber(true);
                if (object.limit != null)
                    if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                        if ($util.Long)
                            message.limit = $util.Long.fromValue(object.limit, true);
                        else if (typeof object.limit === "string")
                            message.limit = $parseInt(object.limit, 10);
                        else if (typeof object.limit === "number")
                            message.limit = object.limit;
                        else if (typeof object.limit === "object")
                            message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber(true);
                return message;
            };

            PidsUsage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.current = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.current = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.current != null && $Object.hasOwnProperty.call(message, "current"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.current = typeof message.current === "number" ? $BigInt(message.current) : $util.Long.fromBits(message.current.low >>> 0, message.current.high >>> 0, true).toBigInt();
                    else if (typeof message.current === "number")
                        object.current = options.longs === $String ? $String(message.current) : message.current;
                    else
                        object.current = options.longs === $String ? $util.Long.prototype.toString.call(message.current) : options.longs === $Number ? new $util.LongBits(message.current.low >>> 0, message.current.high >>> 0).toNumber(true) : message.current;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, true).toBigInt();
                    else if (typeof message.limit === "number")
                        object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                    else
                        object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber(true) : message.limit;
                return object;
            };

            PidsUsage.prototype.toJSON = function() {
                return PidsUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            PidsUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.PidsUsage";
            };

            return PidsUsage;
        })();

        v1.ContainerStats = (function() {

            const ContainerStats = function (properties) {
                this.labels = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerStats.prototype.containerId = "";
            ContainerStats.prototype.metadata = null;
            ContainerStats.prototype.labels = $util.emptyObject;
            ContainerStats.prototype.cpu = null;
            ContainerStats.prototype.memory = null;
            ContainerStats.prototype.pids = null;

            ContainerStats.create = function(properties) {
                return new ContainerStats(properties);
            };

            ContainerStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    $root.corral.v1.ContainerMetadata.encode(message.metadata, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(26).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                    $root.corral.v1.CpuUsage.encode(message.cpu, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                    $root.corral.v1.MemoryUsage.encode(message.memory, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.pids != null && $Object.hasOwnProperty.call(message, "pids"))
                    $root.corral.v1.PidsUsage.encode(message.pids, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.metadata = $root.corral.v1.ContainerMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.cpu = $root.corral.v1.CpuUsage.decode(reader, reader.size(), $undefined, _depth + 1, message.cpu);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.memory = $root.corral.v1.MemoryUsage.decode(reader, reader.size(), $undefined, _depth + 1, message.memory);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.pids = $root.corral.v1.PidsUsage.decode(reader, reader.size(), $undefined, _depth + 1, message.pids);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerStats.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerStats)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerStats: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerStats();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.metadata != null) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".corral.v1.ContainerStats.metadata: object expected");
                    message.metadata = $root.corral.v1.ContainerMetadata.fromObject(object.metadata, _depth + 1);
                }
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".corral.v1.ContainerStats.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.cpu != null) {
                    if (!$util.isObject(object.cpu))
                        throw $TypeError(".corral.v1.ContainerStats.cpu: object expected");
                    message.cpu = $root.corral.v1.CpuUsage.fromObject(object.cpu, _depth + 1);
                }
                if (object.memory != null) {
                    if (!$util.isObject(object.memory))
                        throw $TypeError(".corral.v1.ContainerStats.memory: object expected");
                    message.memory = $root.corral.v1.MemoryUsage.fromObject(object.memory, _depth + 1);
                }
                if (object.pids != null) {
                    if (!$util.isObject(object.pids))
                        throw $TypeError(".corral.v1.ContainerStats.pids: object expected");
                    message.pids = $root.corral.v1.PidsUsage.fromObject(object.pids, _depth + 1);
                }
                return message;
            };

            ContainerStats.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.containerId = "";
                    object.metadata = null;
                    object.cpu = null;
                    object.memory = null;
                    object.pids = null;
                }
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    object.metadata = $root.corral.v1.ContainerMetadata.toObject(message.metadata, options, _depth + 1);
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                    object.cpu = $root.corral.v1.CpuUsage.toObject(message.cpu, options, _depth + 1);
                if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                    object.memory = $root.corral.v1.MemoryUsage.toObject(message.memory, options, _depth + 1);
                if (message.pids != null && $Object.hasOwnProperty.call(message, "pids"))
                    object.pids = $root.corral.v1.PidsUsage.toObject(message.pids, options, _depth + 1);
                return object;
            };

            ContainerStats.prototype.toJSON = function() {
                return ContainerStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerStats";
            };

            return ContainerStats;
        })();

        v1.ContainerStatsRequest = (function() {

            const ContainerStatsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerStatsRequest.prototype.containerId = "";

            ContainerStatsRequest.create = function(properties) {
                return new ContainerStatsRequest(properties);
            };

            ContainerStatsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerStatsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerStatsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerStatsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerStatsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerStatsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerStatsRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                return message;
            };

            ContainerStatsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.containerId = "";
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                return object;
            };

            ContainerStatsRequest.prototype.toJSON = function() {
                return ContainerStatsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerStatsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerStatsRequest";
            };

            return ContainerStatsRequest;
        })();

        v1.ContainerStatsResponse = (function() {

            const ContainerStatsResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerStatsResponse.prototype.stats = null;

            ContainerStatsResponse.create = function(properties) {
                return new ContainerStatsResponse(properties);
            };

            ContainerStatsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                    $root.corral.v1.ContainerStats.encode(message.stats, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerStatsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerStatsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.stats = $root.corral.v1.ContainerStats.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerStatsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerStatsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerStatsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerStatsResponse();
                if (object.stats != null) {
                    if (!$util.isObject(object.stats))
                        throw $TypeError(".corral.v1.ContainerStatsResponse.stats: object expected");
                    message.stats = $root.corral.v1.ContainerStats.fromObject(object.stats, _depth + 1);
                }
                return message;
            };

            ContainerStatsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.stats = null;
                if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                    object.stats = $root.corral.v1.ContainerStats.toObject(message.stats, options, _depth + 1);
                return object;
            };

            ContainerStatsResponse.prototype.toJSON = function() {
                return ContainerStatsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerStatsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerStatsResponse";
            };

            return ContainerStatsResponse;
        })();

        v1.ListContainerStatsRequest = (function() {

            const ListContainerStatsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListContainerStatsRequest.prototype.filter = null;

            ListContainerStatsRequest.create = function(properties) {
                return new ListContainerStatsRequest(properties);
            };

            ListContainerStatsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    $root.corral.v1.ContainerFilter.encode(message.filter, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListContainerStatsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ListContainerStatsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.filter = $root.corral.v1.ContainerFilter.decode(reader, reader.size(), $undefined, _depth + 1, message.filter);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListContainerStatsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ListContainerStatsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ListContainerStatsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ListContainerStatsRequest();
                if (object.filter != null) {
                    if (!$util.isObject(object.filter))
                        throw $TypeError(".corral.v1.ListContainerStatsRequest.filter: object expected");
                    message.filter = $root.corral.v1.ContainerFilter.fromObject(object.filter, _depth + 1);
                }
                return message;
            };

            ListContainerStatsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.filter = null;
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    object.filter = $root.corral.v1.ContainerFilter.toObject(message.filter, options, _depth + 1);
                return object;
            };

            ListContainerStatsRequest.prototype.toJSON = function() {
                return ListContainerStatsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ListContainerStatsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ListContainerStatsRequest";
            };

            return ListContainerStatsRequest;
        })();

        v1.ListContainerStatsResponse = (function() {

            const ListContainerStatsResponse = function (properties) {
                this.stats = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListContainerStatsResponse.prototype.stats = $util.emptyArray;

            ListContainerStatsResponse.create = function(properties) {
                return new ListContainerStatsResponse(properties);
            };

            ListContainerStatsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stats != null && message.stats.length)
                    for (let i = 0; i < message.stats.length; ++i)
                        $root.corral.v1.ContainerStats.encode(message.stats[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListContainerStatsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ListContainerStatsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.stats && message.stats.length))
                                message.stats = [];
                            message.stats.push($root.corral.v1.ContainerStats.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListContainerStatsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ListContainerStatsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ListContainerStatsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ListContainerStatsResponse();
                if (object.stats) {
                    if (!$Array.isArray(object.stats))
                        throw $TypeError(".corral.v1.ListContainerStatsResponse.stats: array expected");
                    message.stats = $Array(object.stats.length);
                    for (let i = 0; i < object.stats.length; ++i) {
                        if (!$util.isObject(object.stats[i]))
                            throw $TypeError(".corral.v1.ListContainerStatsResponse.stats: object expected");
                        message.stats[i] = $root.corral.v1.ContainerStats.fromObject(object.stats[i], _depth + 1);
                    }
                }
                return message;
            };

            ListContainerStatsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.stats = [];
                if (message.stats && message.stats.length) {
                    object.stats = $Array(message.stats.length);
                    for (let j = 0; j < message.stats.length; ++j)
                        object.stats[j] = $root.corral.v1.ContainerStats.toObject(message.stats[j], options, _depth + 1);
                }
                return object;
            };

            ListContainerStatsResponse.prototype.toJSON = function() {
                return ListContainerStatsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ListContainerStatsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ListContainerStatsResponse";
            };

            return ListContainerStatsResponse;
        })();

        v1.ContainerLogsRequest = (function() {

            const ContainerLogsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerLogsRequest.prototype.containerId = "";
            ContainerLogsRequest.prototype.follow = false;
            ContainerLogsRequest.prototype.tail = 0;
            ContainerLogsRequest.prototype.since = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            ContainerLogsRequest.create = function(properties) {
                return new ContainerLogsRequest(properties);
            };

            ContainerLogsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(10).string(message.containerId);
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow") && message.follow !== false)
                    writer.uint32(16).bool(message.follow);
                if (message.tail != null && $Object.hasOwnProperty.call(message, "tail") && message.tail !== 0)
                    writer.uint32(24).uint32(message.tail);
                if (message.since != null && $Object.hasOwnProperty.call(message, "since") && (typeof message.since === "object" ? message.since.low || message.since.high : message.since !== 0))
                    writer.uint32(32).int64(message.since);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerLogsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerLogsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.follow = value;
                            else
                                delete message.follow;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tail = value;
                            else
                                delete message.tail;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.since = value;
                            else
                                delete message.since;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerLogsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerLogsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerLogsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.ContainerLogsRequest();
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.follow != null)
                    if (object.follow)
                        message.follow = $Boolean(object.follow);
                if (object.tail != null)
                    if ($Number(object.tail) !== 0)
                        message.tail = object.tail >>> 0;
                if (object.since != null)
                    if (typeof object.since === "object" ? object.since.low || object.since.high : $Number(object.since) !== 0)
                        if ($util.Long)
                            message.since = $util.Long.fromValue(object.since, false);
                        else if (typeof object.since === "string")
                            message.since = $parseInt(object.since, 10);
                        else if (typeof object.since === "number")
                            message.since = object.since;
                        else if (typeof object.since === "object")
                            message.since = new $util.LongBits(object.since.low >>> 0, object.since.high >>> 0).toNumber();
                return message;
            };

            ContainerLogsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.containerId = "";
                    object.follow = false;
                    object.tail = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.since = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.since = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    object.follow = message.follow;
                if (message.tail != null && $Object.hasOwnProperty.call(message, "tail"))
                    object.tail = message.tail;
                if (message.since != null && $Object.hasOwnProperty.call(message, "since"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.since = typeof message.since === "number" ? $BigInt(message.since) : $util.Long.fromBits(message.since.low >>> 0, message.since.high >>> 0, false).toBigInt();
                    else if (typeof message.since === "number")
                        object.since = options.longs === $String ? $String(message.since) : message.since;
                    else
                        object.since = options.longs === $String ? $util.Long.prototype.toString.call(message.since) : options.longs === $Number ? new $util.LongBits(message.since.low >>> 0, message.since.high >>> 0).toNumber() : message.since;
                return object;
            };

            ContainerLogsRequest.prototype.toJSON = function() {
                return ContainerLogsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerLogsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerLogsRequest";
            };

            return ContainerLogsRequest;
        })();

        v1.LogEntry = (function() {

            const LogEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LogEntry.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            LogEntry.prototype.stream = "";
            LogEntry.prototype.line = $util.newBuffer([]);
            LogEntry.prototype.partial = false;

            LogEntry.create = function(properties) {
                return new LogEntry(properties);
            };

            LogEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(8).int64(message.timestamp);
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== "")
                    writer.uint32(18).string(message.stream);
                if (message.line != null && $Object.hasOwnProperty.call(message, "line") && message.line.length)
                    writer.uint32(26).bytes(message.line);
                if (message.partial != null && $Object.hasOwnProperty.call(message, "partial") && message.partial !== false)
                    writer.uint32(32).bool(message.partial);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LogEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.LogEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stream = value;
                            else
                                delete message.stream;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.line = value;
                            else
                                delete message.line;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.partial = value;
                            else
                                delete message.partial;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            LogEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.LogEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.LogEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.LogEntry();
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.stream != null)
                    if (typeof object.stream !== "string" || object.stream.length)
                        message.stream = $String(object.stream);
                if (object.line != null)
                    if (object.line.length)
                        if (typeof object.line === "string")
                            $util.base64.decode(object.line, message.line = $util.newBuffer($util.base64.length(object.line)), 0);
                        else if (object.line.length >= 0)
                            message.line = object.line;
                if (object.partial != null)
                    if (object.partial)
                        message.partial = $Boolean(object.partial);
                return message;
            };

            LogEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.stream = "";
                    if (options.bytes === $String)
                        object.line = "";
                    else {
                        object.line = [];
                        if (options.bytes !== $Array)
                            object.line = $util.newBuffer(object.line);
                    }
                    object.partial = false;
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                    object.stream = message.stream;
                if (message.line != null && $Object.hasOwnProperty.call(message, "line"))
                    object.line = options.bytes === $String ? $util.base64.encode(message.line, 0, message.line.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.line) : message.line;
                if (message.partial != null && $Object.hasOwnProperty.call(message, "partial"))
                    object.partial = message.partial;
                return object;
            };

            LogEntry.prototype.toJSON = function() {
                return LogEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            LogEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.LogEntry";
            };

            return LogEntry;
        })();

        v1.ContainerLogsEnd = (function() {

            const ContainerLogsEnd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerLogsEnd.create = function(properties) {
                return new ContainerLogsEnd(properties);
            };

            ContainerLogsEnd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerLogsEnd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.ContainerLogsEnd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerLogsEnd.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.ContainerLogsEnd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.ContainerLogsEnd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.corral.v1.ContainerLogsEnd();
            };

            ContainerLogsEnd.toObject = function () {
                return {};
            };

            ContainerLogsEnd.prototype.toJSON = function() {
                return ContainerLogsEnd.toObject(this, $protobuf.util.toJSONOptions);
            };

            ContainerLogsEnd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.ContainerLogsEnd";
            };

            return ContainerLogsEnd;
        })();

        v1.FrameKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REQUEST"] = 0;
            values[valuesById[1] = "RESPONSE"] = 1;
            values[valuesById[2] = "STREAM"] = 2;
            values[valuesById[3] = "STREAM_END"] = 3;
            values[valuesById[4] = "CANCEL"] = 4;
            return values;
        })();

        v1.Frame = (function() {

            const Frame = function (properties) {
                this.metadata = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Frame.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Frame.prototype.kind = 0;
            Frame.prototype.method = "";
            Frame.prototype.payload = $util.newBuffer([]);
            Frame.prototype.status = null;
            Frame.prototype.metadata = $util.emptyObject;

            Frame.create = function(properties) {
                return new Frame(properties);
            };

            Frame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(8).uint64(message.id);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(16).int32(message.kind);
                if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                    writer.uint32(26).string(message.method);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(34).bytes(message.payload);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.google.rpc.Status.encode(message.status, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                        writer.uint32(50).fork().uint32(10).string(keys[i]).uint32(18).string(message.metadata[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Frame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.corral.v1.Frame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.method = value;
                            else
                                delete message.method;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.google.rpc.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (message.metadata === $util.emptyObject)
                                message.metadata = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metadata, key);
                            message.metadata[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Frame.fromObject = function (object, _depth) {
                if (object instanceof $root.corral.v1.Frame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".corral.v1.Frame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.corral.v1.Frame();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.corral.v1.FrameKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "REQUEST":
                    case 0:
                        message.kind = 0;
                        break;
                    case "RESPONSE":
                    case 1:
                        message.kind = 1;
                        break;
                    case "STREAM":
                    case 2:
                        message.kind = 2;
                        break;
                    case "STREAM_END":
                    case 3:
                        message.kind = 3;
                        break;
                    case "CANCEL":
                    case 4:
                        message.kind = 4;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.method != null)
                    if (typeof object.method !== "string" || object.method.length)
                        message.method = $String(object.method);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".corral.v1.Frame.status: object expected");
                    message.status = $root.google.rpc.Status.fromObject(object.status, _depth + 1);
                }
                if (object.metadata) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".corral.v1.Frame.metadata: object expected");
                    message.metadata = {};
                    for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metadata, keys[i]);
                        message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
                    }
                }
                return message;
            };

            Frame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.metadata = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.kind = options.enums === $String ? "REQUEST" : 0;
                    object.method = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    object.status = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.corral.v1.FrameKind[message.kind] === $undefined ? message.kind : $root.corral.v1.FrameKind[message.kind] : message.kind;
                if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                    object.method = message.method;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.google.rpc.Status.toObject(message.status, options, _depth + 1);
                let keys2;
                if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                    object.metadata = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metadata, keys2[j]);
                        object.metadata[keys2[j]] = message.metadata[keys2[j]];
                    }
                }
                return object;
            };

            Frame.prototype.toJSON = function() {
                return Frame.toObject(this, $protobuf.util.toJSONOptions);
            };

            Frame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/corral.v1.Frame";
            };

            return Frame;
        })();

        return v1;
    })();

    return corral;
})();
