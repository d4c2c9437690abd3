// @ts-nocheck
// Generated from the declared response shapes by scripts/generate-response-validators.ts (npm run generate): do not edit.
import { isPolicyDocument } from './policy-document-check.ts';
export const v0 = validate10;
const schema11 = {"type":"object","properties":{"Certificate":{"type":"object","properties":{"CertificateArn":{"type":"string"},"Status":{"type":"string"},"Type":{"type":"string"},"NotAfter":{"sdkDate":true},"InUseBy":{"type":"array","items":{"type":"string"}},"KeyAlgorithm":{"type":"string"},"RenewalEligibility":{"type":"string"}},"required":["CertificateArn"]}},"required":["Certificate"]};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Certificate === undefined) && (missing0 = "Certificate")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Certificate !== undefined){
let data0 = data.Certificate;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.CertificateArn === undefined) && (missing1 = "CertificateArn")){
validate10.errors = [{instancePath:instancePath+"/Certificate",schemaPath:"#/properties/Certificate/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.CertificateArn !== undefined){
const _errs3 = errors;
if(typeof data0.CertificateArn !== "string"){
validate10.errors = [{instancePath:instancePath+"/Certificate/CertificateArn",schemaPath:"#/properties/Certificate/properties/CertificateArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.Status !== undefined){
const _errs5 = errors;
if(typeof data0.Status !== "string"){
validate10.errors = [{instancePath:instancePath+"/Certificate/Status",schemaPath:"#/properties/Certificate/properties/Status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.Type !== undefined){
const _errs7 = errors;
if(typeof data0.Type !== "string"){
validate10.errors = [{instancePath:instancePath+"/Certificate/Type",schemaPath:"#/properties/Certificate/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.NotAfter !== undefined){
let data4 = data0.NotAfter;
const _errs9 = errors;
if(!(data4 instanceof Date) || Number.isNaN(data4.getTime())){
validate10.errors = [{instancePath:instancePath+"/Certificate/NotAfter",schemaPath:"#/properties/Certificate/properties/NotAfter/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.InUseBy !== undefined){
let data5 = data0.InUseBy;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data5)){
var valid2 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(typeof data5[i0] !== "string"){
validate10.errors = [{instancePath:instancePath+"/Certificate/InUseBy/" + i0,schemaPath:"#/properties/Certificate/properties/InUseBy/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/Certificate/InUseBy",schemaPath:"#/properties/Certificate/properties/InUseBy/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.KeyAlgorithm !== undefined){
const _errs14 = errors;
if(typeof data0.KeyAlgorithm !== "string"){
validate10.errors = [{instancePath:instancePath+"/Certificate/KeyAlgorithm",schemaPath:"#/properties/Certificate/properties/KeyAlgorithm/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.RenewalEligibility !== undefined){
const _errs16 = errors;
if(typeof data0.RenewalEligibility !== "string"){
validate10.errors = [{instancePath:instancePath+"/Certificate/RenewalEligibility",schemaPath:"#/properties/Certificate/properties/RenewalEligibility/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/Certificate",schemaPath:"#/properties/Certificate/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

export const v1 = validate11;
const schema12 = {"type":"object","properties":{"CertificateSummaryList":{"type":"array","items":{"type":"object","properties":{"CertificateArn":{"type":"string"},"DomainName":{"type":"string"},"NotAfter":{"sdkDate":true}},"required":["CertificateArn"]}},"NextToken":{"type":"string"}},"required":["CertificateSummaryList"]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.CertificateSummaryList === undefined) && (missing0 = "CertificateSummaryList")){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.CertificateSummaryList !== undefined){
let data0 = data.CertificateSummaryList;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.CertificateArn === undefined) && (missing1 = "CertificateArn")){
validate11.errors = [{instancePath:instancePath+"/CertificateSummaryList/" + i0,schemaPath:"#/properties/CertificateSummaryList/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.CertificateArn !== undefined){
const _errs5 = errors;
if(typeof data1.CertificateArn !== "string"){
validate11.errors = [{instancePath:instancePath+"/CertificateSummaryList/" + i0+"/CertificateArn",schemaPath:"#/properties/CertificateSummaryList/items/properties/CertificateArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.DomainName !== undefined){
const _errs7 = errors;
if(typeof data1.DomainName !== "string"){
validate11.errors = [{instancePath:instancePath+"/CertificateSummaryList/" + i0+"/DomainName",schemaPath:"#/properties/CertificateSummaryList/items/properties/DomainName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.NotAfter !== undefined){
let data4 = data1.NotAfter;
const _errs9 = errors;
if(!(data4 instanceof Date) || Number.isNaN(data4.getTime())){
validate11.errors = [{instancePath:instancePath+"/CertificateSummaryList/" + i0+"/NotAfter",schemaPath:"#/properties/CertificateSummaryList/items/properties/NotAfter/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/CertificateSummaryList/" + i0,schemaPath:"#/properties/CertificateSummaryList/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/CertificateSummaryList",schemaPath:"#/properties/CertificateSummaryList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs10 = errors;
if(typeof data.NextToken !== "string"){
validate11.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

export const v2 = validate12;
const schema13 = {"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"domainName":{"type":"string"},"domainNameArn":{"type":"string"},"certificateArn":{"type":"string"},"regionalCertificateArn":{"type":"string"},"securityPolicy":{"type":"string"},"endpointConfiguration":{"type":"object","properties":{"types":{"type":"array","items":{"type":"string"}}},"required":[]}},"required":["domainName"]}},"position":{"type":"string"}},"required":["items"]};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.items === undefined) && (missing0 = "items")){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.items !== undefined){
let data0 = data.items;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.domainName === undefined) && (missing1 = "domainName")){
validate12.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.domainName !== undefined){
const _errs5 = errors;
if(typeof data1.domainName !== "string"){
validate12.errors = [{instancePath:instancePath+"/items/" + i0+"/domainName",schemaPath:"#/properties/items/items/properties/domainName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.domainNameArn !== undefined){
const _errs7 = errors;
if(typeof data1.domainNameArn !== "string"){
validate12.errors = [{instancePath:instancePath+"/items/" + i0+"/domainNameArn",schemaPath:"#/properties/items/items/properties/domainNameArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.certificateArn !== undefined){
const _errs9 = errors;
if(typeof data1.certificateArn !== "string"){
validate12.errors = [{instancePath:instancePath+"/items/" + i0+"/certificateArn",schemaPath:"#/properties/items/items/properties/certificateArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.regionalCertificateArn !== undefined){
const _errs11 = errors;
if(typeof data1.regionalCertificateArn !== "string"){
validate12.errors = [{instancePath:instancePath+"/items/" + i0+"/regionalCertificateArn",schemaPath:"#/properties/items/items/properties/regionalCertificateArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.securityPolicy !== undefined){
const _errs13 = errors;
if(typeof data1.securityPolicy !== "string"){
validate12.errors = [{instancePath:instancePath+"/items/" + i0+"/securityPolicy",schemaPath:"#/properties/items/items/properties/securityPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.endpointConfiguration !== undefined){
let data7 = data1.endpointConfiguration;
const _errs15 = errors;
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.types !== undefined){
let data8 = data7.types;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data8)){
var valid4 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
const _errs19 = errors;
if(typeof data8[i1] !== "string"){
validate12.errors = [{instancePath:instancePath+"/items/" + i0+"/endpointConfiguration/types/" + i1,schemaPath:"#/properties/items/items/properties/endpointConfiguration/properties/types/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs19 === errors;
if(!valid4){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/items/" + i0+"/endpointConfiguration/types",schemaPath:"#/properties/items/items/properties/endpointConfiguration/properties/types/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/items/" + i0+"/endpointConfiguration",schemaPath:"#/properties/items/items/properties/endpointConfiguration/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
const _errs21 = errors;
if(typeof data.position !== "string"){
validate12.errors = [{instancePath:instancePath+"/position",schemaPath:"#/properties/position/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

export const v3 = validate13;
const schema14 = {"type":"object","properties":{"Items":{"type":"array","items":{"type":"object","properties":{"DomainName":{"type":"string"},"DomainNameArn":{"type":"string"},"DomainNameConfigurations":{"type":"array","items":{"type":"object","properties":{"CertificateArn":{"type":"string"},"EndpointType":{"type":"string"},"SecurityPolicy":{"type":"string"}},"required":[]}}},"required":["DomainName"]}},"NextToken":{"type":"string"}},"required":["Items"]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Items === undefined) && (missing0 = "Items")){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Items !== undefined){
let data0 = data.Items;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.DomainName === undefined) && (missing1 = "DomainName")){
validate13.errors = [{instancePath:instancePath+"/Items/" + i0,schemaPath:"#/properties/Items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.DomainName !== undefined){
const _errs5 = errors;
if(typeof data1.DomainName !== "string"){
validate13.errors = [{instancePath:instancePath+"/Items/" + i0+"/DomainName",schemaPath:"#/properties/Items/items/properties/DomainName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.DomainNameArn !== undefined){
const _errs7 = errors;
if(typeof data1.DomainNameArn !== "string"){
validate13.errors = [{instancePath:instancePath+"/Items/" + i0+"/DomainNameArn",schemaPath:"#/properties/Items/items/properties/DomainNameArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.DomainNameConfigurations !== undefined){
let data4 = data1.DomainNameConfigurations;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid3 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs11 = errors;
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.CertificateArn !== undefined){
const _errs13 = errors;
if(typeof data5.CertificateArn !== "string"){
validate13.errors = [{instancePath:instancePath+"/Items/" + i0+"/DomainNameConfigurations/" + i1+"/CertificateArn",schemaPath:"#/properties/Items/items/properties/DomainNameConfigurations/items/properties/CertificateArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.EndpointType !== undefined){
const _errs15 = errors;
if(typeof data5.EndpointType !== "string"){
validate13.errors = [{instancePath:instancePath+"/Items/" + i0+"/DomainNameConfigurations/" + i1+"/EndpointType",schemaPath:"#/properties/Items/items/properties/DomainNameConfigurations/items/properties/EndpointType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.SecurityPolicy !== undefined){
const _errs17 = errors;
if(typeof data5.SecurityPolicy !== "string"){
validate13.errors = [{instancePath:instancePath+"/Items/" + i0+"/DomainNameConfigurations/" + i1+"/SecurityPolicy",schemaPath:"#/properties/Items/items/properties/DomainNameConfigurations/items/properties/SecurityPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/Items/" + i0+"/DomainNameConfigurations/" + i1,schemaPath:"#/properties/Items/items/properties/DomainNameConfigurations/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/Items/" + i0+"/DomainNameConfigurations",schemaPath:"#/properties/Items/items/properties/DomainNameConfigurations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/Items/" + i0,schemaPath:"#/properties/Items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/Items",schemaPath:"#/properties/Items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs19 = errors;
if(typeof data.NextToken !== "string"){
validate13.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}

export const v4 = validate14;
const schema15 = {"type":"object","properties":{"BackupVaultList":{"type":"array","items":{"type":"object","properties":{"BackupVaultName":{"type":"string"},"BackupVaultArn":{"type":"string"},"VaultType":{"type":"string"},"VaultState":{"type":"string"},"EncryptionKeyArn":{"type":"string"},"Locked":{"type":"boolean"},"NumberOfRecoveryPoints":{"type":"number"},"MinRetentionDays":{"type":"number"},"MaxRetentionDays":{"type":"number"},"CreationDate":{"sdkDate":true}},"required":["BackupVaultArn"]}},"NextToken":{"type":"string"}},"required":["BackupVaultList"]};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.BackupVaultList === undefined) && (missing0 = "BackupVaultList")){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.BackupVaultList !== undefined){
let data0 = data.BackupVaultList;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.BackupVaultArn === undefined) && (missing1 = "BackupVaultArn")){
validate14.errors = [{instancePath:instancePath+"/BackupVaultList/" + i0,schemaPath:"#/properties/BackupVaultList/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.BackupVaultName !== undefined){
const _errs5 = errors;
if(typeof data1.BackupVaultName !== "string"){
validate14.errors = [{instancePath:instancePath+"/BackupVaultList/" + i0+"/BackupVaultName",schemaPath:"#/properties/BackupVaultList/items/properties/BackupVaultName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.BackupVaultArn !== undefined){
const _errs7 = errors;
if(typeof data1.BackupVaultArn !== "string"){
validate14.errors = [{instancePath:instancePath+"/BackupVaultList/" + i0+"/BackupVaultArn",schemaPath:"#/properties/BackupVaultList/items/properties/BackupVaultArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.VaultType !== undefined){
const _errs9 = errors;
if(typeof data1.VaultType !== "string"){
validate14.errors = [{instancePath:instancePath+"/BackupVaultList/" + i0+"/VaultType",schemaPath:"#/properties/BackupVaultList/items/properties/VaultType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.VaultState !== undefined){
const _errs11 = errors;
if(typeof data1.VaultState !== "string"){
validate14.errors = [{instancePath:instancePath+"/BackupVaultList/" + i0+"/VaultState",schemaPath:"#/properties/BackupVaultList/items/properties/VaultState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.EncryptionKeyArn !== undefined){
const _errs13 = errors;
if(typeof data1.EncryptionKeyArn !== "string"){
validate14.errors = [{instancePath:instancePath+"/BackupVaultList/" + i0+"/EncryptionKeyArn",schemaPath:"#/properties/BackupVaultList/items/properties/EncryptionKeyArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Locked !== undefined){
const _errs15 = errors;
if(typeof data1.Locked !== "boolean"){
validate14.errors = [{instancePath:instancePath+"/BackupVaultList/" + i0+"/Locked",schemaPath:"#/properties/BackupVaultList/items/properties/Locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.NumberOfRecoveryPoints !== undefined){
let data8 = data1.NumberOfRecoveryPoints;
const _errs17 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate14.errors = [{instancePath:instancePath+"/BackupVaultList/" + i0+"/NumberOfRecoveryPoints",schemaPath:"#/properties/BackupVaultList/items/properties/NumberOfRecoveryPoints/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.MinRetentionDays !== undefined){
let data9 = data1.MinRetentionDays;
const _errs19 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate14.errors = [{instancePath:instancePath+"/BackupVaultList/" + i0+"/MinRetentionDays",schemaPath:"#/properties/BackupVaultList/items/properties/MinRetentionDays/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.MaxRetentionDays !== undefined){
let data10 = data1.MaxRetentionDays;
const _errs21 = errors;
if(!((typeof data10 == "number") && (isFinite(data10)))){
validate14.errors = [{instancePath:instancePath+"/BackupVaultList/" + i0+"/MaxRetentionDays",schemaPath:"#/properties/BackupVaultList/items/properties/MaxRetentionDays/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.CreationDate !== undefined){
let data11 = data1.CreationDate;
const _errs23 = errors;
if(!(data11 instanceof Date) || Number.isNaN(data11.getTime())){
validate14.errors = [{instancePath:instancePath+"/BackupVaultList/" + i0+"/CreationDate",schemaPath:"#/properties/BackupVaultList/items/properties/CreationDate/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/BackupVaultList/" + i0,schemaPath:"#/properties/BackupVaultList/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/BackupVaultList",schemaPath:"#/properties/BackupVaultList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs24 = errors;
if(typeof data.NextToken !== "string"){
validate14.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

export const v5 = validate15;
const schema16 = {"type":"object","properties":{"DistributionList":{"type":"object","properties":{"Items":{"type":"array","items":{"type":"object","properties":{"Id":{"type":"string"},"ARN":{"type":"string"},"DomainName":{"type":"string"},"Enabled":{"type":"boolean"},"Aliases":{"type":"object","properties":{"Items":{"type":"array","items":{"type":"string"}}},"required":[]},"Origins":{"type":"object","properties":{"Items":{"type":"array","items":{"type":"object","properties":{"Id":{"type":"string"},"DomainName":{"type":"string"},"CustomOriginConfig":{"type":"object","properties":{"OriginProtocolPolicy":{"type":"string"},"OriginSslProtocols":{"type":"object","properties":{"Items":{"type":"array","items":{"type":"string"}}},"required":[]}},"required":[]}},"required":["Id"]}}},"required":[]},"DefaultCacheBehavior":{"type":"object","properties":{"ViewerProtocolPolicy":{"type":"string"},"TargetOriginId":{"type":"string"}},"required":[]},"CacheBehaviors":{"type":"object","properties":{"Items":{"type":"array","items":{"type":"object","properties":{"PathPattern":{"type":"string"},"ViewerProtocolPolicy":{"type":"string"},"TargetOriginId":{"type":"string"}},"required":[]}}},"required":[]},"ViewerCertificate":{"type":"object","properties":{"ACMCertificateArn":{"type":"string"},"IAMCertificateId":{"type":"string"},"MinimumProtocolVersion":{"type":"string"}},"required":[]}},"required":["Id"]}},"IsTruncated":{"type":"boolean"},"NextMarker":{"type":"string"}},"required":["IsTruncated"]}},"required":["DistributionList"]};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.DistributionList === undefined) && (missing0 = "DistributionList")){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.DistributionList !== undefined){
let data0 = data.DistributionList;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.IsTruncated === undefined) && (missing1 = "IsTruncated")){
validate15.errors = [{instancePath:instancePath+"/DistributionList",schemaPath:"#/properties/DistributionList/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.Items !== undefined){
let data1 = data0.Items;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if((data2.Id === undefined) && (missing2 = "Id")){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0,schemaPath:"#/properties/DistributionList/properties/Items/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.Id !== undefined){
const _errs7 = errors;
if(typeof data2.Id !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Id",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.ARN !== undefined){
const _errs9 = errors;
if(typeof data2.ARN !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/ARN",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/ARN/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.DomainName !== undefined){
const _errs11 = errors;
if(typeof data2.DomainName !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/DomainName",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/DomainName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.Enabled !== undefined){
const _errs13 = errors;
if(typeof data2.Enabled !== "boolean"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Enabled",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.Aliases !== undefined){
let data7 = data2.Aliases;
const _errs15 = errors;
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.Items !== undefined){
let data8 = data7.Items;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data8)){
var valid5 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
const _errs19 = errors;
if(typeof data8[i1] !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Aliases/Items/" + i1,schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Aliases/properties/Items/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs19 === errors;
if(!valid5){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Aliases/Items",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Aliases/properties/Items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Aliases",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Aliases/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.Origins !== undefined){
let data10 = data2.Origins;
const _errs21 = errors;
if(errors === _errs21){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.Items !== undefined){
let data11 = data10.Items;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data11)){
var valid7 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
const _errs25 = errors;
if(errors === _errs25){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing3;
if((data12.Id === undefined) && (missing3 = "Id")){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Origins/Items/" + i2,schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Origins/properties/Items/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data12.Id !== undefined){
const _errs27 = errors;
if(typeof data12.Id !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Origins/Items/" + i2+"/Id",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Origins/properties/Items/items/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs27 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.DomainName !== undefined){
const _errs29 = errors;
if(typeof data12.DomainName !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Origins/Items/" + i2+"/DomainName",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Origins/properties/Items/items/properties/DomainName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs29 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.CustomOriginConfig !== undefined){
let data15 = data12.CustomOriginConfig;
const _errs31 = errors;
if(errors === _errs31){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.OriginProtocolPolicy !== undefined){
const _errs33 = errors;
if(typeof data15.OriginProtocolPolicy !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Origins/Items/" + i2+"/CustomOriginConfig/OriginProtocolPolicy",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Origins/properties/Items/items/properties/CustomOriginConfig/properties/OriginProtocolPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs33 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data15.OriginSslProtocols !== undefined){
let data17 = data15.OriginSslProtocols;
const _errs35 = errors;
if(errors === _errs35){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.Items !== undefined){
let data18 = data17.Items;
const _errs37 = errors;
if(errors === _errs37){
if(Array.isArray(data18)){
var valid11 = true;
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
const _errs39 = errors;
if(typeof data18[i3] !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Origins/Items/" + i2+"/CustomOriginConfig/OriginSslProtocols/Items/" + i3,schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Origins/properties/Items/items/properties/CustomOriginConfig/properties/OriginSslProtocols/properties/Items/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs39 === errors;
if(!valid11){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Origins/Items/" + i2+"/CustomOriginConfig/OriginSslProtocols/Items",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Origins/properties/Items/items/properties/CustomOriginConfig/properties/OriginSslProtocols/properties/Items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Origins/Items/" + i2+"/CustomOriginConfig/OriginSslProtocols",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Origins/properties/Items/items/properties/CustomOriginConfig/properties/OriginSslProtocols/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs35 === errors;
}
else {
var valid9 = true;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Origins/Items/" + i2+"/CustomOriginConfig",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Origins/properties/Items/items/properties/CustomOriginConfig/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs31 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Origins/Items/" + i2,schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Origins/properties/Items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs25 === errors;
if(!valid7){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Origins/Items",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Origins/properties/Items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/Origins",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/Origins/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.DefaultCacheBehavior !== undefined){
let data20 = data2.DefaultCacheBehavior;
const _errs41 = errors;
if(errors === _errs41){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.ViewerProtocolPolicy !== undefined){
const _errs43 = errors;
if(typeof data20.ViewerProtocolPolicy !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/DefaultCacheBehavior/ViewerProtocolPolicy",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/DefaultCacheBehavior/properties/ViewerProtocolPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs43 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data20.TargetOriginId !== undefined){
const _errs45 = errors;
if(typeof data20.TargetOriginId !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/DefaultCacheBehavior/TargetOriginId",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/DefaultCacheBehavior/properties/TargetOriginId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs45 === errors;
}
else {
var valid12 = true;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/DefaultCacheBehavior",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/DefaultCacheBehavior/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs41 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.CacheBehaviors !== undefined){
let data23 = data2.CacheBehaviors;
const _errs47 = errors;
if(errors === _errs47){
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.Items !== undefined){
let data24 = data23.Items;
const _errs49 = errors;
if(errors === _errs49){
if(Array.isArray(data24)){
var valid14 = true;
const len4 = data24.length;
for(let i4=0; i4<len4; i4++){
let data25 = data24[i4];
const _errs51 = errors;
if(errors === _errs51){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.PathPattern !== undefined){
const _errs53 = errors;
if(typeof data25.PathPattern !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/CacheBehaviors/Items/" + i4+"/PathPattern",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/CacheBehaviors/properties/Items/items/properties/PathPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs53 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data25.ViewerProtocolPolicy !== undefined){
const _errs55 = errors;
if(typeof data25.ViewerProtocolPolicy !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/CacheBehaviors/Items/" + i4+"/ViewerProtocolPolicy",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/CacheBehaviors/properties/Items/items/properties/ViewerProtocolPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs55 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data25.TargetOriginId !== undefined){
const _errs57 = errors;
if(typeof data25.TargetOriginId !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/CacheBehaviors/Items/" + i4+"/TargetOriginId",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/CacheBehaviors/properties/Items/items/properties/TargetOriginId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs57 === errors;
}
else {
var valid15 = true;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/CacheBehaviors/Items/" + i4,schemaPath:"#/properties/DistributionList/properties/Items/items/properties/CacheBehaviors/properties/Items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs51 === errors;
if(!valid14){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/CacheBehaviors/Items",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/CacheBehaviors/properties/Items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/CacheBehaviors",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/CacheBehaviors/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs47 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.ViewerCertificate !== undefined){
let data29 = data2.ViewerCertificate;
const _errs59 = errors;
if(errors === _errs59){
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.ACMCertificateArn !== undefined){
const _errs61 = errors;
if(typeof data29.ACMCertificateArn !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/ViewerCertificate/ACMCertificateArn",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/ViewerCertificate/properties/ACMCertificateArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs61 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data29.IAMCertificateId !== undefined){
const _errs63 = errors;
if(typeof data29.IAMCertificateId !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/ViewerCertificate/IAMCertificateId",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/ViewerCertificate/properties/IAMCertificateId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs63 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data29.MinimumProtocolVersion !== undefined){
const _errs65 = errors;
if(typeof data29.MinimumProtocolVersion !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/ViewerCertificate/MinimumProtocolVersion",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/ViewerCertificate/properties/MinimumProtocolVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs65 === errors;
}
else {
var valid16 = true;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0+"/ViewerCertificate",schemaPath:"#/properties/DistributionList/properties/Items/items/properties/ViewerCertificate/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs59 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items/" + i0,schemaPath:"#/properties/DistributionList/properties/Items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs5 === errors;
if(!valid2){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList/Items",schemaPath:"#/properties/DistributionList/properties/Items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.IsTruncated !== undefined){
const _errs67 = errors;
if(typeof data0.IsTruncated !== "boolean"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/IsTruncated",schemaPath:"#/properties/DistributionList/properties/IsTruncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs67 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.NextMarker !== undefined){
const _errs69 = errors;
if(typeof data0.NextMarker !== "string"){
validate15.errors = [{instancePath:instancePath+"/DistributionList/NextMarker",schemaPath:"#/properties/DistributionList/properties/NextMarker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs69 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/DistributionList",schemaPath:"#/properties/DistributionList/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

export const v6 = validate16;
const schema17 = {"type":"object","properties":{"trailList":{"type":"array","items":{"type":"object","properties":{"Name":{"type":"string"},"TrailARN":{"type":"string"},"HomeRegion":{"type":"string"},"KmsKeyId":{"type":"string"},"IsMultiRegionTrail":{"type":"boolean"},"IsOrganizationTrail":{"type":"boolean"}},"required":["TrailARN"]}}},"required":["trailList"]};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.trailList === undefined) && (missing0 = "trailList")){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.trailList !== undefined){
let data0 = data.trailList;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.TrailARN === undefined) && (missing1 = "TrailARN")){
validate16.errors = [{instancePath:instancePath+"/trailList/" + i0,schemaPath:"#/properties/trailList/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.Name !== undefined){
const _errs5 = errors;
if(typeof data1.Name !== "string"){
validate16.errors = [{instancePath:instancePath+"/trailList/" + i0+"/Name",schemaPath:"#/properties/trailList/items/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.TrailARN !== undefined){
const _errs7 = errors;
if(typeof data1.TrailARN !== "string"){
validate16.errors = [{instancePath:instancePath+"/trailList/" + i0+"/TrailARN",schemaPath:"#/properties/trailList/items/properties/TrailARN/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.HomeRegion !== undefined){
const _errs9 = errors;
if(typeof data1.HomeRegion !== "string"){
validate16.errors = [{instancePath:instancePath+"/trailList/" + i0+"/HomeRegion",schemaPath:"#/properties/trailList/items/properties/HomeRegion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KmsKeyId !== undefined){
const _errs11 = errors;
if(typeof data1.KmsKeyId !== "string"){
validate16.errors = [{instancePath:instancePath+"/trailList/" + i0+"/KmsKeyId",schemaPath:"#/properties/trailList/items/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.IsMultiRegionTrail !== undefined){
const _errs13 = errors;
if(typeof data1.IsMultiRegionTrail !== "boolean"){
validate16.errors = [{instancePath:instancePath+"/trailList/" + i0+"/IsMultiRegionTrail",schemaPath:"#/properties/trailList/items/properties/IsMultiRegionTrail/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.IsOrganizationTrail !== undefined){
const _errs15 = errors;
if(typeof data1.IsOrganizationTrail !== "boolean"){
validate16.errors = [{instancePath:instancePath+"/trailList/" + i0+"/IsOrganizationTrail",schemaPath:"#/properties/trailList/items/properties/IsOrganizationTrail/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/trailList/" + i0,schemaPath:"#/properties/trailList/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/trailList",schemaPath:"#/properties/trailList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

export const v7 = validate17;
const schema18 = {"type":"object","properties":{"TrailARN":{"type":"string"},"EventSelectors":{"type":"array","items":{"type":"object","properties":{},"required":[]}},"AdvancedEventSelectors":{"type":"array","items":{"type":"object","properties":{},"required":[]}}},"required":[]};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.TrailARN !== undefined){
const _errs1 = errors;
if(typeof data.TrailARN !== "string"){
validate17.errors = [{instancePath:instancePath+"/TrailARN",schemaPath:"#/properties/TrailARN/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.EventSelectors !== undefined){
let data1 = data.EventSelectors;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
validate17.errors = [{instancePath:instancePath+"/EventSelectors/" + i0,schemaPath:"#/properties/EventSelectors/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/EventSelectors",schemaPath:"#/properties/EventSelectors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.AdvancedEventSelectors !== undefined){
let data3 = data.AdvancedEventSelectors;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
const _errs9 = errors;
if(errors === _errs9){
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
validate17.errors = [{instancePath:instancePath+"/AdvancedEventSelectors/" + i1,schemaPath:"#/properties/AdvancedEventSelectors/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/AdvancedEventSelectors",schemaPath:"#/properties/AdvancedEventSelectors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}

export const v8 = validate18;
const schema19 = {"type":"object","properties":{"IsLogging":{"type":"boolean"}},"required":["IsLogging"]};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.IsLogging === undefined) && (missing0 = "IsLogging")){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.IsLogging !== undefined){
if(typeof data.IsLogging !== "boolean"){
validate18.errors = [{instancePath:instancePath+"/IsLogging",schemaPath:"#/properties/IsLogging/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

export const v9 = validate19;
const schema20 = {"type":"object","properties":{"Table":{"type":"object","properties":{"TableName":{"type":"string"},"TableArn":{"type":"string"},"TableStatus":{"type":"string"},"SSEDescription":{"type":"object","properties":{"Status":{"type":"string"},"SSEType":{"type":"string"},"KMSMasterKeyArn":{"type":"string"},"InaccessibleEncryptionDateTime":{"sdkDate":true}},"required":[]},"Replicas":{"type":"array","items":{"type":"object","properties":{"RegionName":{"type":"string"},"ReplicaStatus":{"type":"string"},"KMSMasterKeyId":{"type":"string"}},"required":["RegionName"]}},"GlobalTableVersion":{"type":"string"},"DeletionProtectionEnabled":{"type":"boolean"}},"required":["TableName"]}},"required":["Table"]};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Table === undefined) && (missing0 = "Table")){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Table !== undefined){
let data0 = data.Table;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.TableName === undefined) && (missing1 = "TableName")){
validate19.errors = [{instancePath:instancePath+"/Table",schemaPath:"#/properties/Table/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.TableName !== undefined){
const _errs3 = errors;
if(typeof data0.TableName !== "string"){
validate19.errors = [{instancePath:instancePath+"/Table/TableName",schemaPath:"#/properties/Table/properties/TableName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.TableArn !== undefined){
const _errs5 = errors;
if(typeof data0.TableArn !== "string"){
validate19.errors = [{instancePath:instancePath+"/Table/TableArn",schemaPath:"#/properties/Table/properties/TableArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.TableStatus !== undefined){
const _errs7 = errors;
if(typeof data0.TableStatus !== "string"){
validate19.errors = [{instancePath:instancePath+"/Table/TableStatus",schemaPath:"#/properties/Table/properties/TableStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.SSEDescription !== undefined){
let data4 = data0.SSEDescription;
const _errs9 = errors;
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.Status !== undefined){
const _errs11 = errors;
if(typeof data4.Status !== "string"){
validate19.errors = [{instancePath:instancePath+"/Table/SSEDescription/Status",schemaPath:"#/properties/Table/properties/SSEDescription/properties/Status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.SSEType !== undefined){
const _errs13 = errors;
if(typeof data4.SSEType !== "string"){
validate19.errors = [{instancePath:instancePath+"/Table/SSEDescription/SSEType",schemaPath:"#/properties/Table/properties/SSEDescription/properties/SSEType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.KMSMasterKeyArn !== undefined){
const _errs15 = errors;
if(typeof data4.KMSMasterKeyArn !== "string"){
validate19.errors = [{instancePath:instancePath+"/Table/SSEDescription/KMSMasterKeyArn",schemaPath:"#/properties/Table/properties/SSEDescription/properties/KMSMasterKeyArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.InaccessibleEncryptionDateTime !== undefined){
let data8 = data4.InaccessibleEncryptionDateTime;
const _errs17 = errors;
if(!(data8 instanceof Date) || Number.isNaN(data8.getTime())){
validate19.errors = [{instancePath:instancePath+"/Table/SSEDescription/InaccessibleEncryptionDateTime",schemaPath:"#/properties/Table/properties/SSEDescription/properties/InaccessibleEncryptionDateTime/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/Table/SSEDescription",schemaPath:"#/properties/Table/properties/SSEDescription/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.Replicas !== undefined){
let data9 = data0.Replicas;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data9)){
var valid3 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs20 = errors;
if(errors === _errs20){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing2;
if((data10.RegionName === undefined) && (missing2 = "RegionName")){
validate19.errors = [{instancePath:instancePath+"/Table/Replicas/" + i0,schemaPath:"#/properties/Table/properties/Replicas/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data10.RegionName !== undefined){
const _errs22 = errors;
if(typeof data10.RegionName !== "string"){
validate19.errors = [{instancePath:instancePath+"/Table/Replicas/" + i0+"/RegionName",schemaPath:"#/properties/Table/properties/Replicas/items/properties/RegionName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data10.ReplicaStatus !== undefined){
const _errs24 = errors;
if(typeof data10.ReplicaStatus !== "string"){
validate19.errors = [{instancePath:instancePath+"/Table/Replicas/" + i0+"/ReplicaStatus",schemaPath:"#/properties/Table/properties/Replicas/items/properties/ReplicaStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data10.KMSMasterKeyId !== undefined){
const _errs26 = errors;
if(typeof data10.KMSMasterKeyId !== "string"){
validate19.errors = [{instancePath:instancePath+"/Table/Replicas/" + i0+"/KMSMasterKeyId",schemaPath:"#/properties/Table/properties/Replicas/items/properties/KMSMasterKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/Table/Replicas/" + i0,schemaPath:"#/properties/Table/properties/Replicas/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs20 === errors;
if(!valid3){
break;
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/Table/Replicas",schemaPath:"#/properties/Table/properties/Replicas/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.GlobalTableVersion !== undefined){
const _errs28 = errors;
if(typeof data0.GlobalTableVersion !== "string"){
validate19.errors = [{instancePath:instancePath+"/Table/GlobalTableVersion",schemaPath:"#/properties/Table/properties/GlobalTableVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs28 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.DeletionProtectionEnabled !== undefined){
const _errs30 = errors;
if(typeof data0.DeletionProtectionEnabled !== "boolean"){
validate19.errors = [{instancePath:instancePath+"/Table/DeletionProtectionEnabled",schemaPath:"#/properties/Table/properties/DeletionProtectionEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs30 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/Table",schemaPath:"#/properties/Table/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

export const v10 = validate20;
const schema21 = {"type":"object","properties":{"TableNames":{"type":"array","items":{"type":"string"}},"LastEvaluatedTableName":{"type":"string"}},"required":["TableNames"]};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.TableNames === undefined) && (missing0 = "TableNames")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.TableNames !== undefined){
let data0 = data.TableNames;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(typeof data0[i0] !== "string"){
validate20.errors = [{instancePath:instancePath+"/TableNames/" + i0,schemaPath:"#/properties/TableNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/TableNames",schemaPath:"#/properties/TableNames/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LastEvaluatedTableName !== undefined){
const _errs5 = errors;
if(typeof data.LastEvaluatedTableName !== "string"){
validate20.errors = [{instancePath:instancePath+"/LastEvaluatedTableName",schemaPath:"#/properties/LastEvaluatedTableName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

export const v11 = validate21;
const schema22 = {"type":"object","properties":{"Images":{"type":"array","items":{"type":"object","properties":{"ImageId":{"type":"string"},"OwnerId":{"type":"string"},"Public":{"type":"boolean"},"State":{"type":"string"},"CreationDate":{"type":"string"},"BlockDeviceMappings":{"type":"array","items":{"type":"object","properties":{"DeviceName":{"type":"string"},"Ebs":{"type":"object","properties":{"SnapshotId":{"type":"string"},"Encrypted":{"type":"boolean"},"KmsKeyId":{"type":"string"}},"required":[]},"VirtualName":{"type":"string"}},"required":[]}}},"required":["ImageId"]}},"NextToken":{"type":"string"}},"required":["Images"]};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Images === undefined) && (missing0 = "Images")){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Images !== undefined){
let data0 = data.Images;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.ImageId === undefined) && (missing1 = "ImageId")){
validate21.errors = [{instancePath:instancePath+"/Images/" + i0,schemaPath:"#/properties/Images/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.ImageId !== undefined){
const _errs5 = errors;
if(typeof data1.ImageId !== "string"){
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/ImageId",schemaPath:"#/properties/Images/items/properties/ImageId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.OwnerId !== undefined){
const _errs7 = errors;
if(typeof data1.OwnerId !== "string"){
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/OwnerId",schemaPath:"#/properties/Images/items/properties/OwnerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Public !== undefined){
const _errs9 = errors;
if(typeof data1.Public !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/Public",schemaPath:"#/properties/Images/items/properties/Public/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.State !== undefined){
const _errs11 = errors;
if(typeof data1.State !== "string"){
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/State",schemaPath:"#/properties/Images/items/properties/State/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.CreationDate !== undefined){
const _errs13 = errors;
if(typeof data1.CreationDate !== "string"){
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/CreationDate",schemaPath:"#/properties/Images/items/properties/CreationDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.BlockDeviceMappings !== undefined){
let data7 = data1.BlockDeviceMappings;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data7)){
var valid3 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
const _errs17 = errors;
if(errors === _errs17){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.DeviceName !== undefined){
const _errs19 = errors;
if(typeof data8.DeviceName !== "string"){
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/BlockDeviceMappings/" + i1+"/DeviceName",schemaPath:"#/properties/Images/items/properties/BlockDeviceMappings/items/properties/DeviceName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.Ebs !== undefined){
let data10 = data8.Ebs;
const _errs21 = errors;
if(errors === _errs21){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.SnapshotId !== undefined){
const _errs23 = errors;
if(typeof data10.SnapshotId !== "string"){
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/BlockDeviceMappings/" + i1+"/Ebs/SnapshotId",schemaPath:"#/properties/Images/items/properties/BlockDeviceMappings/items/properties/Ebs/properties/SnapshotId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.Encrypted !== undefined){
const _errs25 = errors;
if(typeof data10.Encrypted !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/BlockDeviceMappings/" + i1+"/Ebs/Encrypted",schemaPath:"#/properties/Images/items/properties/BlockDeviceMappings/items/properties/Ebs/properties/Encrypted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.KmsKeyId !== undefined){
const _errs27 = errors;
if(typeof data10.KmsKeyId !== "string"){
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/BlockDeviceMappings/" + i1+"/Ebs/KmsKeyId",schemaPath:"#/properties/Images/items/properties/BlockDeviceMappings/items/properties/Ebs/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs27 === errors;
}
else {
var valid5 = true;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/BlockDeviceMappings/" + i1+"/Ebs",schemaPath:"#/properties/Images/items/properties/BlockDeviceMappings/items/properties/Ebs/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.VirtualName !== undefined){
const _errs29 = errors;
if(typeof data8.VirtualName !== "string"){
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/BlockDeviceMappings/" + i1+"/VirtualName",schemaPath:"#/properties/Images/items/properties/BlockDeviceMappings/items/properties/VirtualName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/BlockDeviceMappings/" + i1,schemaPath:"#/properties/Images/items/properties/BlockDeviceMappings/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs17 === errors;
if(!valid3){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/Images/" + i0+"/BlockDeviceMappings",schemaPath:"#/properties/Images/items/properties/BlockDeviceMappings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/Images/" + i0,schemaPath:"#/properties/Images/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/Images",schemaPath:"#/properties/Images/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs31 = errors;
if(typeof data.NextToken !== "string"){
validate21.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

export const v12 = validate22;
const schema23 = {"type":"object","properties":{"Regions":{"type":"array","items":{"type":"object","properties":{"RegionName":{"type":"string"},"OptInStatus":{"type":"string"}},"required":["RegionName"]}}},"required":["Regions"]};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Regions === undefined) && (missing0 = "Regions")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Regions !== undefined){
let data0 = data.Regions;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.RegionName === undefined) && (missing1 = "RegionName")){
validate22.errors = [{instancePath:instancePath+"/Regions/" + i0,schemaPath:"#/properties/Regions/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.RegionName !== undefined){
const _errs5 = errors;
if(typeof data1.RegionName !== "string"){
validate22.errors = [{instancePath:instancePath+"/Regions/" + i0+"/RegionName",schemaPath:"#/properties/Regions/items/properties/RegionName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.OptInStatus !== undefined){
const _errs7 = errors;
if(typeof data1.OptInStatus !== "string"){
validate22.errors = [{instancePath:instancePath+"/Regions/" + i0+"/OptInStatus",schemaPath:"#/properties/Regions/items/properties/OptInStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/Regions/" + i0,schemaPath:"#/properties/Regions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/Regions",schemaPath:"#/properties/Regions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

export const v13 = validate23;
const schema24 = {"type":"object","properties":{"SnapshotId":{"type":"string"},"CreateVolumePermissions":{"type":"array","items":{"type":"object","properties":{"Group":{"type":"string"},"UserId":{"type":"string"}},"required":[]}}},"required":[]};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.SnapshotId !== undefined){
const _errs1 = errors;
if(typeof data.SnapshotId !== "string"){
validate23.errors = [{instancePath:instancePath+"/SnapshotId",schemaPath:"#/properties/SnapshotId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CreateVolumePermissions !== undefined){
let data1 = data.CreateVolumePermissions;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.Group !== undefined){
const _errs7 = errors;
if(typeof data2.Group !== "string"){
validate23.errors = [{instancePath:instancePath+"/CreateVolumePermissions/" + i0+"/Group",schemaPath:"#/properties/CreateVolumePermissions/items/properties/Group/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.UserId !== undefined){
const _errs9 = errors;
if(typeof data2.UserId !== "string"){
validate23.errors = [{instancePath:instancePath+"/CreateVolumePermissions/" + i0+"/UserId",schemaPath:"#/properties/CreateVolumePermissions/items/properties/UserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/CreateVolumePermissions/" + i0,schemaPath:"#/properties/CreateVolumePermissions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/CreateVolumePermissions",schemaPath:"#/properties/CreateVolumePermissions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

export const v14 = validate24;
const schema25 = {"type":"object","properties":{"Snapshots":{"type":"array","items":{"type":"object","properties":{"SnapshotId":{"type":"string"},"VolumeId":{"type":"string"},"Encrypted":{"type":"boolean"},"KmsKeyId":{"type":"string"},"StartTime":{"sdkDate":true}},"required":["SnapshotId"]}},"NextToken":{"type":"string"}},"required":["Snapshots"]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Snapshots === undefined) && (missing0 = "Snapshots")){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Snapshots !== undefined){
let data0 = data.Snapshots;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.SnapshotId === undefined) && (missing1 = "SnapshotId")){
validate24.errors = [{instancePath:instancePath+"/Snapshots/" + i0,schemaPath:"#/properties/Snapshots/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.SnapshotId !== undefined){
const _errs5 = errors;
if(typeof data1.SnapshotId !== "string"){
validate24.errors = [{instancePath:instancePath+"/Snapshots/" + i0+"/SnapshotId",schemaPath:"#/properties/Snapshots/items/properties/SnapshotId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.VolumeId !== undefined){
const _errs7 = errors;
if(typeof data1.VolumeId !== "string"){
validate24.errors = [{instancePath:instancePath+"/Snapshots/" + i0+"/VolumeId",schemaPath:"#/properties/Snapshots/items/properties/VolumeId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Encrypted !== undefined){
const _errs9 = errors;
if(typeof data1.Encrypted !== "boolean"){
validate24.errors = [{instancePath:instancePath+"/Snapshots/" + i0+"/Encrypted",schemaPath:"#/properties/Snapshots/items/properties/Encrypted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KmsKeyId !== undefined){
const _errs11 = errors;
if(typeof data1.KmsKeyId !== "string"){
validate24.errors = [{instancePath:instancePath+"/Snapshots/" + i0+"/KmsKeyId",schemaPath:"#/properties/Snapshots/items/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.StartTime !== undefined){
let data6 = data1.StartTime;
const _errs13 = errors;
if(!(data6 instanceof Date) || Number.isNaN(data6.getTime())){
validate24.errors = [{instancePath:instancePath+"/Snapshots/" + i0+"/StartTime",schemaPath:"#/properties/Snapshots/items/properties/StartTime/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/Snapshots/" + i0,schemaPath:"#/properties/Snapshots/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/Snapshots",schemaPath:"#/properties/Snapshots/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs14 = errors;
if(typeof data.NextToken !== "string"){
validate24.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}

export const v15 = validate25;
const schema26 = {"type":"object","properties":{"Volumes":{"type":"array","items":{"type":"object","properties":{"VolumeId":{"type":"string"},"Encrypted":{"type":"boolean"},"KmsKeyId":{"type":"string"},"CreateTime":{"sdkDate":true}},"required":["VolumeId"]}},"NextToken":{"type":"string"}},"required":["Volumes"]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Volumes === undefined) && (missing0 = "Volumes")){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Volumes !== undefined){
let data0 = data.Volumes;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.VolumeId === undefined) && (missing1 = "VolumeId")){
validate25.errors = [{instancePath:instancePath+"/Volumes/" + i0,schemaPath:"#/properties/Volumes/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.VolumeId !== undefined){
const _errs5 = errors;
if(typeof data1.VolumeId !== "string"){
validate25.errors = [{instancePath:instancePath+"/Volumes/" + i0+"/VolumeId",schemaPath:"#/properties/Volumes/items/properties/VolumeId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Encrypted !== undefined){
const _errs7 = errors;
if(typeof data1.Encrypted !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/Volumes/" + i0+"/Encrypted",schemaPath:"#/properties/Volumes/items/properties/Encrypted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KmsKeyId !== undefined){
const _errs9 = errors;
if(typeof data1.KmsKeyId !== "string"){
validate25.errors = [{instancePath:instancePath+"/Volumes/" + i0+"/KmsKeyId",schemaPath:"#/properties/Volumes/items/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.CreateTime !== undefined){
let data5 = data1.CreateTime;
const _errs11 = errors;
if(!(data5 instanceof Date) || Number.isNaN(data5.getTime())){
validate25.errors = [{instancePath:instancePath+"/Volumes/" + i0+"/CreateTime",schemaPath:"#/properties/Volumes/items/properties/CreateTime/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/Volumes/" + i0,schemaPath:"#/properties/Volumes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/Volumes",schemaPath:"#/properties/Volumes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs12 = errors;
if(typeof data.NextToken !== "string"){
validate25.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}

export const v16 = validate26;
const schema27 = {"type":"object","properties":{"KmsKeyId":{"type":"string"}},"required":[]};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.KmsKeyId !== undefined){
if(typeof data.KmsKeyId !== "string"){
validate26.errors = [{instancePath:instancePath+"/KmsKeyId",schemaPath:"#/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}

export const v17 = validate27;
const schema28 = {"type":"object","properties":{"EbsEncryptionByDefault":{"type":"boolean"}},"required":["EbsEncryptionByDefault"]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.EbsEncryptionByDefault === undefined) && (missing0 = "EbsEncryptionByDefault")){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.EbsEncryptionByDefault !== undefined){
if(typeof data.EbsEncryptionByDefault !== "boolean"){
validate27.errors = [{instancePath:instancePath+"/EbsEncryptionByDefault",schemaPath:"#/properties/EbsEncryptionByDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}

export const v18 = validate28;
const schema29 = {"type":"object","properties":{"State":{"type":"string"}},"required":["State"]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.State === undefined) && (missing0 = "State")){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.State !== undefined){
if(typeof data.State !== "string"){
validate28.errors = [{instancePath:instancePath+"/State",schemaPath:"#/properties/State/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}

export const v19 = validate29;
const schema30 = {"type":"object","properties":{"repositories":{"type":"array","items":{"type":"object","properties":{"repositoryArn":{"type":"string"},"repositoryName":{"type":"string"},"registryId":{"type":"string"},"createdAt":{"sdkDate":true},"encryptionConfiguration":{"type":"object","properties":{"encryptionType":{"type":"string"},"kmsKey":{"type":"string"}},"required":["encryptionType"]}},"required":["repositoryArn","repositoryName"]}},"nextToken":{"type":"string"}},"required":["repositories"]};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.repositories === undefined) && (missing0 = "repositories")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.repositories !== undefined){
let data0 = data.repositories;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.repositoryArn === undefined) && (missing1 = "repositoryArn")) || ((data1.repositoryName === undefined) && (missing1 = "repositoryName"))){
validate29.errors = [{instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.repositoryArn !== undefined){
const _errs5 = errors;
if(typeof data1.repositoryArn !== "string"){
validate29.errors = [{instancePath:instancePath+"/repositories/" + i0+"/repositoryArn",schemaPath:"#/properties/repositories/items/properties/repositoryArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.repositoryName !== undefined){
const _errs7 = errors;
if(typeof data1.repositoryName !== "string"){
validate29.errors = [{instancePath:instancePath+"/repositories/" + i0+"/repositoryName",schemaPath:"#/properties/repositories/items/properties/repositoryName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.registryId !== undefined){
const _errs9 = errors;
if(typeof data1.registryId !== "string"){
validate29.errors = [{instancePath:instancePath+"/repositories/" + i0+"/registryId",schemaPath:"#/properties/repositories/items/properties/registryId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.createdAt !== undefined){
let data5 = data1.createdAt;
const _errs11 = errors;
if(!(data5 instanceof Date) || Number.isNaN(data5.getTime())){
validate29.errors = [{instancePath:instancePath+"/repositories/" + i0+"/createdAt",schemaPath:"#/properties/repositories/items/properties/createdAt/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.encryptionConfiguration !== undefined){
let data6 = data1.encryptionConfiguration;
const _errs12 = errors;
if(errors === _errs12){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if((data6.encryptionType === undefined) && (missing2 = "encryptionType")){
validate29.errors = [{instancePath:instancePath+"/repositories/" + i0+"/encryptionConfiguration",schemaPath:"#/properties/repositories/items/properties/encryptionConfiguration/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data6.encryptionType !== undefined){
const _errs14 = errors;
if(typeof data6.encryptionType !== "string"){
validate29.errors = [{instancePath:instancePath+"/repositories/" + i0+"/encryptionConfiguration/encryptionType",schemaPath:"#/properties/repositories/items/properties/encryptionConfiguration/properties/encryptionType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.kmsKey !== undefined){
const _errs16 = errors;
if(typeof data6.kmsKey !== "string"){
validate29.errors = [{instancePath:instancePath+"/repositories/" + i0+"/encryptionConfiguration/kmsKey",schemaPath:"#/properties/repositories/items/properties/encryptionConfiguration/properties/kmsKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/repositories/" + i0+"/encryptionConfiguration",schemaPath:"#/properties/repositories/items/properties/encryptionConfiguration/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/repositories/" + i0,schemaPath:"#/properties/repositories/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nextToken !== undefined){
const _errs18 = errors;
if(typeof data.nextToken !== "string"){
validate29.errors = [{instancePath:instancePath+"/nextToken",schemaPath:"#/properties/nextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}

export const v20 = validate30;
const schema31 = {"type":"object","properties":{"ReplicationGroups":{"type":"array","items":{"type":"object","properties":{"ReplicationGroupId":{"type":"string"},"ARN":{"type":"string"},"AtRestEncryptionEnabled":{"type":"boolean"},"TransitEncryptionEnabled":{"type":"boolean"},"TransitEncryptionMode":{"type":"string"},"KmsKeyId":{"type":"string"},"MemberClusters":{"type":"array","items":{"type":"string"}}},"required":["ReplicationGroupId"]}},"Marker":{"type":"string"}},"required":["ReplicationGroups"]};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.ReplicationGroups === undefined) && (missing0 = "ReplicationGroups")){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.ReplicationGroups !== undefined){
let data0 = data.ReplicationGroups;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.ReplicationGroupId === undefined) && (missing1 = "ReplicationGroupId")){
validate30.errors = [{instancePath:instancePath+"/ReplicationGroups/" + i0,schemaPath:"#/properties/ReplicationGroups/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.ReplicationGroupId !== undefined){
const _errs5 = errors;
if(typeof data1.ReplicationGroupId !== "string"){
validate30.errors = [{instancePath:instancePath+"/ReplicationGroups/" + i0+"/ReplicationGroupId",schemaPath:"#/properties/ReplicationGroups/items/properties/ReplicationGroupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.ARN !== undefined){
const _errs7 = errors;
if(typeof data1.ARN !== "string"){
validate30.errors = [{instancePath:instancePath+"/ReplicationGroups/" + i0+"/ARN",schemaPath:"#/properties/ReplicationGroups/items/properties/ARN/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.AtRestEncryptionEnabled !== undefined){
const _errs9 = errors;
if(typeof data1.AtRestEncryptionEnabled !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/ReplicationGroups/" + i0+"/AtRestEncryptionEnabled",schemaPath:"#/properties/ReplicationGroups/items/properties/AtRestEncryptionEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.TransitEncryptionEnabled !== undefined){
const _errs11 = errors;
if(typeof data1.TransitEncryptionEnabled !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/ReplicationGroups/" + i0+"/TransitEncryptionEnabled",schemaPath:"#/properties/ReplicationGroups/items/properties/TransitEncryptionEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.TransitEncryptionMode !== undefined){
const _errs13 = errors;
if(typeof data1.TransitEncryptionMode !== "string"){
validate30.errors = [{instancePath:instancePath+"/ReplicationGroups/" + i0+"/TransitEncryptionMode",schemaPath:"#/properties/ReplicationGroups/items/properties/TransitEncryptionMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KmsKeyId !== undefined){
const _errs15 = errors;
if(typeof data1.KmsKeyId !== "string"){
validate30.errors = [{instancePath:instancePath+"/ReplicationGroups/" + i0+"/KmsKeyId",schemaPath:"#/properties/ReplicationGroups/items/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.MemberClusters !== undefined){
let data8 = data1.MemberClusters;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data8)){
var valid3 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
const _errs19 = errors;
if(typeof data8[i1] !== "string"){
validate30.errors = [{instancePath:instancePath+"/ReplicationGroups/" + i0+"/MemberClusters/" + i1,schemaPath:"#/properties/ReplicationGroups/items/properties/MemberClusters/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs19 === errors;
if(!valid3){
break;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/ReplicationGroups/" + i0+"/MemberClusters",schemaPath:"#/properties/ReplicationGroups/items/properties/MemberClusters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/ReplicationGroups/" + i0,schemaPath:"#/properties/ReplicationGroups/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/ReplicationGroups",schemaPath:"#/properties/ReplicationGroups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Marker !== undefined){
const _errs21 = errors;
if(typeof data.Marker !== "string"){
validate30.errors = [{instancePath:instancePath+"/Marker",schemaPath:"#/properties/Marker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}

export const v21 = validate31;
const schema32 = {"type":"object","properties":{"ServerlessCaches":{"type":"array","items":{"type":"object","properties":{"ServerlessCacheName":{"type":"string"},"ARN":{"type":"string"},"KmsKeyId":{"type":"string"},"StorageEncryptionType":{"type":"string"}},"required":["ServerlessCacheName"]}},"NextToken":{"type":"string"}},"required":["ServerlessCaches"]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.ServerlessCaches === undefined) && (missing0 = "ServerlessCaches")){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.ServerlessCaches !== undefined){
let data0 = data.ServerlessCaches;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.ServerlessCacheName === undefined) && (missing1 = "ServerlessCacheName")){
validate31.errors = [{instancePath:instancePath+"/ServerlessCaches/" + i0,schemaPath:"#/properties/ServerlessCaches/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.ServerlessCacheName !== undefined){
const _errs5 = errors;
if(typeof data1.ServerlessCacheName !== "string"){
validate31.errors = [{instancePath:instancePath+"/ServerlessCaches/" + i0+"/ServerlessCacheName",schemaPath:"#/properties/ServerlessCaches/items/properties/ServerlessCacheName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.ARN !== undefined){
const _errs7 = errors;
if(typeof data1.ARN !== "string"){
validate31.errors = [{instancePath:instancePath+"/ServerlessCaches/" + i0+"/ARN",schemaPath:"#/properties/ServerlessCaches/items/properties/ARN/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KmsKeyId !== undefined){
const _errs9 = errors;
if(typeof data1.KmsKeyId !== "string"){
validate31.errors = [{instancePath:instancePath+"/ServerlessCaches/" + i0+"/KmsKeyId",schemaPath:"#/properties/ServerlessCaches/items/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.StorageEncryptionType !== undefined){
const _errs11 = errors;
if(typeof data1.StorageEncryptionType !== "string"){
validate31.errors = [{instancePath:instancePath+"/ServerlessCaches/" + i0+"/StorageEncryptionType",schemaPath:"#/properties/ServerlessCaches/items/properties/StorageEncryptionType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/ServerlessCaches/" + i0,schemaPath:"#/properties/ServerlessCaches/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/ServerlessCaches",schemaPath:"#/properties/ServerlessCaches/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs13 = errors;
if(typeof data.NextToken !== "string"){
validate31.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}

export const v22 = validate32;
const schema33 = {"type":"object","properties":{"FileSystems":{"type":"array","items":{"type":"object","properties":{"FileSystemId":{"type":"string"},"FileSystemArn":{"type":"string"},"Encrypted":{"type":"boolean"},"KmsKeyId":{"type":"string"},"NumberOfMountTargets":{"type":"number"},"CreationTime":{"sdkDate":true}},"required":["FileSystemId"]}},"NextMarker":{"type":"string"}},"required":["FileSystems"]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.FileSystems === undefined) && (missing0 = "FileSystems")){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.FileSystems !== undefined){
let data0 = data.FileSystems;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.FileSystemId === undefined) && (missing1 = "FileSystemId")){
validate32.errors = [{instancePath:instancePath+"/FileSystems/" + i0,schemaPath:"#/properties/FileSystems/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.FileSystemId !== undefined){
const _errs5 = errors;
if(typeof data1.FileSystemId !== "string"){
validate32.errors = [{instancePath:instancePath+"/FileSystems/" + i0+"/FileSystemId",schemaPath:"#/properties/FileSystems/items/properties/FileSystemId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.FileSystemArn !== undefined){
const _errs7 = errors;
if(typeof data1.FileSystemArn !== "string"){
validate32.errors = [{instancePath:instancePath+"/FileSystems/" + i0+"/FileSystemArn",schemaPath:"#/properties/FileSystems/items/properties/FileSystemArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Encrypted !== undefined){
const _errs9 = errors;
if(typeof data1.Encrypted !== "boolean"){
validate32.errors = [{instancePath:instancePath+"/FileSystems/" + i0+"/Encrypted",schemaPath:"#/properties/FileSystems/items/properties/Encrypted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KmsKeyId !== undefined){
const _errs11 = errors;
if(typeof data1.KmsKeyId !== "string"){
validate32.errors = [{instancePath:instancePath+"/FileSystems/" + i0+"/KmsKeyId",schemaPath:"#/properties/FileSystems/items/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.NumberOfMountTargets !== undefined){
let data6 = data1.NumberOfMountTargets;
const _errs13 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate32.errors = [{instancePath:instancePath+"/FileSystems/" + i0+"/NumberOfMountTargets",schemaPath:"#/properties/FileSystems/items/properties/NumberOfMountTargets/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.CreationTime !== undefined){
let data7 = data1.CreationTime;
const _errs15 = errors;
if(!(data7 instanceof Date) || Number.isNaN(data7.getTime())){
validate32.errors = [{instancePath:instancePath+"/FileSystems/" + i0+"/CreationTime",schemaPath:"#/properties/FileSystems/items/properties/CreationTime/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/FileSystems/" + i0,schemaPath:"#/properties/FileSystems/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/FileSystems",schemaPath:"#/properties/FileSystems/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextMarker !== undefined){
const _errs16 = errors;
if(typeof data.NextMarker !== "string"){
validate32.errors = [{instancePath:instancePath+"/NextMarker",schemaPath:"#/properties/NextMarker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}

export const v23 = validate33;
const schema34 = {"type":"object","properties":{"PolicyDescriptions":{"type":"array","items":{"type":"object","properties":{"PolicyName":{"type":"string"},"PolicyTypeName":{"type":"string"},"PolicyAttributeDescriptions":{"type":"array","items":{"type":"object","properties":{"AttributeName":{"type":"string"},"AttributeValue":{"type":"string"}},"required":[]}}},"required":[]}}},"required":["PolicyDescriptions"]};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.PolicyDescriptions === undefined) && (missing0 = "PolicyDescriptions")){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.PolicyDescriptions !== undefined){
let data0 = data.PolicyDescriptions;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.PolicyName !== undefined){
const _errs5 = errors;
if(typeof data1.PolicyName !== "string"){
validate33.errors = [{instancePath:instancePath+"/PolicyDescriptions/" + i0+"/PolicyName",schemaPath:"#/properties/PolicyDescriptions/items/properties/PolicyName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.PolicyTypeName !== undefined){
const _errs7 = errors;
if(typeof data1.PolicyTypeName !== "string"){
validate33.errors = [{instancePath:instancePath+"/PolicyDescriptions/" + i0+"/PolicyTypeName",schemaPath:"#/properties/PolicyDescriptions/items/properties/PolicyTypeName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.PolicyAttributeDescriptions !== undefined){
let data4 = data1.PolicyAttributeDescriptions;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid3 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs11 = errors;
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.AttributeName !== undefined){
const _errs13 = errors;
if(typeof data5.AttributeName !== "string"){
validate33.errors = [{instancePath:instancePath+"/PolicyDescriptions/" + i0+"/PolicyAttributeDescriptions/" + i1+"/AttributeName",schemaPath:"#/properties/PolicyDescriptions/items/properties/PolicyAttributeDescriptions/items/properties/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.AttributeValue !== undefined){
const _errs15 = errors;
if(typeof data5.AttributeValue !== "string"){
validate33.errors = [{instancePath:instancePath+"/PolicyDescriptions/" + i0+"/PolicyAttributeDescriptions/" + i1+"/AttributeValue",schemaPath:"#/properties/PolicyDescriptions/items/properties/PolicyAttributeDescriptions/items/properties/AttributeValue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/PolicyDescriptions/" + i0+"/PolicyAttributeDescriptions/" + i1,schemaPath:"#/properties/PolicyDescriptions/items/properties/PolicyAttributeDescriptions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/PolicyDescriptions/" + i0+"/PolicyAttributeDescriptions",schemaPath:"#/properties/PolicyDescriptions/items/properties/PolicyAttributeDescriptions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/PolicyDescriptions/" + i0,schemaPath:"#/properties/PolicyDescriptions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/PolicyDescriptions",schemaPath:"#/properties/PolicyDescriptions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}

export const v24 = validate34;
const schema35 = {"type":"object","properties":{"LoadBalancerDescriptions":{"type":"array","items":{"type":"object","properties":{"LoadBalancerName":{"type":"string"},"DNSName":{"type":"string"},"Scheme":{"type":"string"},"ListenerDescriptions":{"type":"array","items":{"type":"object","properties":{"Listener":{"type":"object","properties":{"Protocol":{"type":"string"},"LoadBalancerPort":{"type":"number"},"SSLCertificateId":{"type":"string"}},"required":["Protocol","LoadBalancerPort"]},"PolicyNames":{"type":"array","items":{"type":"string"}}},"required":[]}}},"required":["LoadBalancerName"]}},"NextMarker":{"type":"string"}},"required":["LoadBalancerDescriptions"]};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.LoadBalancerDescriptions === undefined) && (missing0 = "LoadBalancerDescriptions")){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.LoadBalancerDescriptions !== undefined){
let data0 = data.LoadBalancerDescriptions;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.LoadBalancerName === undefined) && (missing1 = "LoadBalancerName")){
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0,schemaPath:"#/properties/LoadBalancerDescriptions/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.LoadBalancerName !== undefined){
const _errs5 = errors;
if(typeof data1.LoadBalancerName !== "string"){
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0+"/LoadBalancerName",schemaPath:"#/properties/LoadBalancerDescriptions/items/properties/LoadBalancerName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.DNSName !== undefined){
const _errs7 = errors;
if(typeof data1.DNSName !== "string"){
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0+"/DNSName",schemaPath:"#/properties/LoadBalancerDescriptions/items/properties/DNSName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Scheme !== undefined){
const _errs9 = errors;
if(typeof data1.Scheme !== "string"){
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0+"/Scheme",schemaPath:"#/properties/LoadBalancerDescriptions/items/properties/Scheme/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.ListenerDescriptions !== undefined){
let data5 = data1.ListenerDescriptions;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid3 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs13 = errors;
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.Listener !== undefined){
let data7 = data6.Listener;
const _errs15 = errors;
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if(((data7.Protocol === undefined) && (missing2 = "Protocol")) || ((data7.LoadBalancerPort === undefined) && (missing2 = "LoadBalancerPort"))){
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0+"/ListenerDescriptions/" + i1+"/Listener",schemaPath:"#/properties/LoadBalancerDescriptions/items/properties/ListenerDescriptions/items/properties/Listener/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data7.Protocol !== undefined){
const _errs17 = errors;
if(typeof data7.Protocol !== "string"){
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0+"/ListenerDescriptions/" + i1+"/Listener/Protocol",schemaPath:"#/properties/LoadBalancerDescriptions/items/properties/ListenerDescriptions/items/properties/Listener/properties/Protocol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.LoadBalancerPort !== undefined){
let data9 = data7.LoadBalancerPort;
const _errs19 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0+"/ListenerDescriptions/" + i1+"/Listener/LoadBalancerPort",schemaPath:"#/properties/LoadBalancerDescriptions/items/properties/ListenerDescriptions/items/properties/Listener/properties/LoadBalancerPort/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.SSLCertificateId !== undefined){
const _errs21 = errors;
if(typeof data7.SSLCertificateId !== "string"){
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0+"/ListenerDescriptions/" + i1+"/Listener/SSLCertificateId",schemaPath:"#/properties/LoadBalancerDescriptions/items/properties/ListenerDescriptions/items/properties/Listener/properties/SSLCertificateId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0+"/ListenerDescriptions/" + i1+"/Listener",schemaPath:"#/properties/LoadBalancerDescriptions/items/properties/ListenerDescriptions/items/properties/Listener/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.PolicyNames !== undefined){
let data11 = data6.PolicyNames;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data11)){
var valid6 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
const _errs25 = errors;
if(typeof data11[i2] !== "string"){
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0+"/ListenerDescriptions/" + i1+"/PolicyNames/" + i2,schemaPath:"#/properties/LoadBalancerDescriptions/items/properties/ListenerDescriptions/items/properties/PolicyNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs25 === errors;
if(!valid6){
break;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0+"/ListenerDescriptions/" + i1+"/PolicyNames",schemaPath:"#/properties/LoadBalancerDescriptions/items/properties/ListenerDescriptions/items/properties/PolicyNames/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0+"/ListenerDescriptions/" + i1,schemaPath:"#/properties/LoadBalancerDescriptions/items/properties/ListenerDescriptions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0+"/ListenerDescriptions",schemaPath:"#/properties/LoadBalancerDescriptions/items/properties/ListenerDescriptions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions/" + i0,schemaPath:"#/properties/LoadBalancerDescriptions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/LoadBalancerDescriptions",schemaPath:"#/properties/LoadBalancerDescriptions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextMarker !== undefined){
const _errs27 = errors;
if(typeof data.NextMarker !== "string"){
validate34.errors = [{instancePath:instancePath+"/NextMarker",schemaPath:"#/properties/NextMarker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

export const v25 = validate35;
const schema36 = {"type":"object","properties":{"Certificates":{"type":"array","items":{"type":"object","properties":{"CertificateArn":{"type":"string"},"IsDefault":{"type":"boolean"}},"required":[]}},"NextMarker":{"type":"string"}},"required":["Certificates"]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Certificates === undefined) && (missing0 = "Certificates")){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Certificates !== undefined){
let data0 = data.Certificates;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.CertificateArn !== undefined){
const _errs5 = errors;
if(typeof data1.CertificateArn !== "string"){
validate35.errors = [{instancePath:instancePath+"/Certificates/" + i0+"/CertificateArn",schemaPath:"#/properties/Certificates/items/properties/CertificateArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.IsDefault !== undefined){
const _errs7 = errors;
if(typeof data1.IsDefault !== "boolean"){
validate35.errors = [{instancePath:instancePath+"/Certificates/" + i0+"/IsDefault",schemaPath:"#/properties/Certificates/items/properties/IsDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/Certificates/" + i0,schemaPath:"#/properties/Certificates/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/Certificates",schemaPath:"#/properties/Certificates/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextMarker !== undefined){
const _errs9 = errors;
if(typeof data.NextMarker !== "string"){
validate35.errors = [{instancePath:instancePath+"/NextMarker",schemaPath:"#/properties/NextMarker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}

export const v26 = validate36;
const schema37 = {"type":"object","properties":{"Listeners":{"type":"array","items":{"type":"object","properties":{"ListenerArn":{"type":"string"},"Protocol":{"type":"string"},"SslPolicy":{"type":"string"},"Certificates":{"type":"array","items":{"type":"object","properties":{"CertificateArn":{"type":"string"},"IsDefault":{"type":"boolean"}},"required":[]}},"DefaultActions":{"type":"array","items":{"type":"object","properties":{"Type":{"type":"string"}},"required":[]}}},"required":["ListenerArn"]}},"NextMarker":{"type":"string"}},"required":["Listeners"]};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Listeners === undefined) && (missing0 = "Listeners")){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Listeners !== undefined){
let data0 = data.Listeners;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.ListenerArn === undefined) && (missing1 = "ListenerArn")){
validate36.errors = [{instancePath:instancePath+"/Listeners/" + i0,schemaPath:"#/properties/Listeners/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.ListenerArn !== undefined){
const _errs5 = errors;
if(typeof data1.ListenerArn !== "string"){
validate36.errors = [{instancePath:instancePath+"/Listeners/" + i0+"/ListenerArn",schemaPath:"#/properties/Listeners/items/properties/ListenerArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Protocol !== undefined){
const _errs7 = errors;
if(typeof data1.Protocol !== "string"){
validate36.errors = [{instancePath:instancePath+"/Listeners/" + i0+"/Protocol",schemaPath:"#/properties/Listeners/items/properties/Protocol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.SslPolicy !== undefined){
const _errs9 = errors;
if(typeof data1.SslPolicy !== "string"){
validate36.errors = [{instancePath:instancePath+"/Listeners/" + i0+"/SslPolicy",schemaPath:"#/properties/Listeners/items/properties/SslPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Certificates !== undefined){
let data5 = data1.Certificates;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid3 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs13 = errors;
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.CertificateArn !== undefined){
const _errs15 = errors;
if(typeof data6.CertificateArn !== "string"){
validate36.errors = [{instancePath:instancePath+"/Listeners/" + i0+"/Certificates/" + i1+"/CertificateArn",schemaPath:"#/properties/Listeners/items/properties/Certificates/items/properties/CertificateArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.IsDefault !== undefined){
const _errs17 = errors;
if(typeof data6.IsDefault !== "boolean"){
validate36.errors = [{instancePath:instancePath+"/Listeners/" + i0+"/Certificates/" + i1+"/IsDefault",schemaPath:"#/properties/Listeners/items/properties/Certificates/items/properties/IsDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/Listeners/" + i0+"/Certificates/" + i1,schemaPath:"#/properties/Listeners/items/properties/Certificates/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/Listeners/" + i0+"/Certificates",schemaPath:"#/properties/Listeners/items/properties/Certificates/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.DefaultActions !== undefined){
let data9 = data1.DefaultActions;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data9)){
var valid5 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
const _errs21 = errors;
if(errors === _errs21){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.Type !== undefined){
if(typeof data10.Type !== "string"){
validate36.errors = [{instancePath:instancePath+"/Listeners/" + i0+"/DefaultActions/" + i2+"/Type",schemaPath:"#/properties/Listeners/items/properties/DefaultActions/items/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/Listeners/" + i0+"/DefaultActions/" + i2,schemaPath:"#/properties/Listeners/items/properties/DefaultActions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs21 === errors;
if(!valid5){
break;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/Listeners/" + i0+"/DefaultActions",schemaPath:"#/properties/Listeners/items/properties/DefaultActions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/Listeners/" + i0,schemaPath:"#/properties/Listeners/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/Listeners",schemaPath:"#/properties/Listeners/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextMarker !== undefined){
const _errs25 = errors;
if(typeof data.NextMarker !== "string"){
validate36.errors = [{instancePath:instancePath+"/NextMarker",schemaPath:"#/properties/NextMarker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}

export const v27 = validate37;
const schema38 = {"type":"object","properties":{"LoadBalancers":{"type":"array","items":{"type":"object","properties":{"LoadBalancerArn":{"type":"string"},"LoadBalancerName":{"type":"string"},"Type":{"type":"string"},"Scheme":{"type":"string"},"DNSName":{"type":"string"}},"required":["LoadBalancerArn"]}},"NextMarker":{"type":"string"}},"required":["LoadBalancers"]};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.LoadBalancers === undefined) && (missing0 = "LoadBalancers")){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.LoadBalancers !== undefined){
let data0 = data.LoadBalancers;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.LoadBalancerArn === undefined) && (missing1 = "LoadBalancerArn")){
validate37.errors = [{instancePath:instancePath+"/LoadBalancers/" + i0,schemaPath:"#/properties/LoadBalancers/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.LoadBalancerArn !== undefined){
const _errs5 = errors;
if(typeof data1.LoadBalancerArn !== "string"){
validate37.errors = [{instancePath:instancePath+"/LoadBalancers/" + i0+"/LoadBalancerArn",schemaPath:"#/properties/LoadBalancers/items/properties/LoadBalancerArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.LoadBalancerName !== undefined){
const _errs7 = errors;
if(typeof data1.LoadBalancerName !== "string"){
validate37.errors = [{instancePath:instancePath+"/LoadBalancers/" + i0+"/LoadBalancerName",schemaPath:"#/properties/LoadBalancers/items/properties/LoadBalancerName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Type !== undefined){
const _errs9 = errors;
if(typeof data1.Type !== "string"){
validate37.errors = [{instancePath:instancePath+"/LoadBalancers/" + i0+"/Type",schemaPath:"#/properties/LoadBalancers/items/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Scheme !== undefined){
const _errs11 = errors;
if(typeof data1.Scheme !== "string"){
validate37.errors = [{instancePath:instancePath+"/LoadBalancers/" + i0+"/Scheme",schemaPath:"#/properties/LoadBalancers/items/properties/Scheme/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.DNSName !== undefined){
const _errs13 = errors;
if(typeof data1.DNSName !== "string"){
validate37.errors = [{instancePath:instancePath+"/LoadBalancers/" + i0+"/DNSName",schemaPath:"#/properties/LoadBalancers/items/properties/DNSName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/LoadBalancers/" + i0,schemaPath:"#/properties/LoadBalancers/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/LoadBalancers",schemaPath:"#/properties/LoadBalancers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextMarker !== undefined){
const _errs15 = errors;
if(typeof data.NextMarker !== "string"){
validate37.errors = [{instancePath:instancePath+"/NextMarker",schemaPath:"#/properties/NextMarker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}

export const v28 = validate38;
const schema39 = {"type":"object","properties":{"SslPolicies":{"type":"array","items":{"type":"object","properties":{"Name":{"type":"string"},"SslProtocols":{"type":"array","items":{"type":"string"}}},"required":[]}},"NextMarker":{"type":"string"}},"required":["SslPolicies"]};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.SslPolicies === undefined) && (missing0 = "SslPolicies")){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.SslPolicies !== undefined){
let data0 = data.SslPolicies;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.Name !== undefined){
const _errs5 = errors;
if(typeof data1.Name !== "string"){
validate38.errors = [{instancePath:instancePath+"/SslPolicies/" + i0+"/Name",schemaPath:"#/properties/SslPolicies/items/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.SslProtocols !== undefined){
let data3 = data1.SslProtocols;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid3 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs9 = errors;
if(typeof data3[i1] !== "string"){
validate38.errors = [{instancePath:instancePath+"/SslPolicies/" + i0+"/SslProtocols/" + i1,schemaPath:"#/properties/SslPolicies/items/properties/SslProtocols/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/SslPolicies/" + i0+"/SslProtocols",schemaPath:"#/properties/SslPolicies/items/properties/SslProtocols/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/SslPolicies/" + i0,schemaPath:"#/properties/SslPolicies/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/SslPolicies",schemaPath:"#/properties/SslPolicies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextMarker !== undefined){
const _errs11 = errors;
if(typeof data.NextMarker !== "string"){
validate38.errors = [{instancePath:instancePath+"/NextMarker",schemaPath:"#/properties/NextMarker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}

export const v29 = validate39;
const schema40 = {"type":"object","properties":{"DomainStatusList":{"type":"array","items":{"type":"object","properties":{"DomainName":{"type":"string"},"ARN":{"type":"string"},"DomainId":{"type":"string"},"EngineVersion":{"type":"string"},"Endpoint":{"type":"string"},"Deleted":{"type":"boolean"},"EncryptionAtRestOptions":{"type":"object","properties":{"Enabled":{"type":"boolean"},"KmsKeyId":{"type":"string"}},"required":[]},"NodeToNodeEncryptionOptions":{"type":"object","properties":{"Enabled":{"type":"boolean"}},"required":[]},"DomainEndpointOptions":{"type":"object","properties":{"EnforceHTTPS":{"type":"boolean"},"TLSSecurityPolicy":{"type":"string"},"CustomEndpointEnabled":{"type":"boolean"},"CustomEndpoint":{"type":"string"},"CustomEndpointCertificateArn":{"type":"string"}},"required":[]}},"required":["DomainName"]}}},"required":["DomainStatusList"]};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.DomainStatusList === undefined) && (missing0 = "DomainStatusList")){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.DomainStatusList !== undefined){
let data0 = data.DomainStatusList;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.DomainName === undefined) && (missing1 = "DomainName")){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0,schemaPath:"#/properties/DomainStatusList/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.DomainName !== undefined){
const _errs5 = errors;
if(typeof data1.DomainName !== "string"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/DomainName",schemaPath:"#/properties/DomainStatusList/items/properties/DomainName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.ARN !== undefined){
const _errs7 = errors;
if(typeof data1.ARN !== "string"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/ARN",schemaPath:"#/properties/DomainStatusList/items/properties/ARN/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.DomainId !== undefined){
const _errs9 = errors;
if(typeof data1.DomainId !== "string"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/DomainId",schemaPath:"#/properties/DomainStatusList/items/properties/DomainId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.EngineVersion !== undefined){
const _errs11 = errors;
if(typeof data1.EngineVersion !== "string"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/EngineVersion",schemaPath:"#/properties/DomainStatusList/items/properties/EngineVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Endpoint !== undefined){
const _errs13 = errors;
if(typeof data1.Endpoint !== "string"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/Endpoint",schemaPath:"#/properties/DomainStatusList/items/properties/Endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Deleted !== undefined){
const _errs15 = errors;
if(typeof data1.Deleted !== "boolean"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/Deleted",schemaPath:"#/properties/DomainStatusList/items/properties/Deleted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.EncryptionAtRestOptions !== undefined){
let data8 = data1.EncryptionAtRestOptions;
const _errs17 = errors;
if(errors === _errs17){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.Enabled !== undefined){
const _errs19 = errors;
if(typeof data8.Enabled !== "boolean"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/EncryptionAtRestOptions/Enabled",schemaPath:"#/properties/DomainStatusList/items/properties/EncryptionAtRestOptions/properties/Enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data8.KmsKeyId !== undefined){
const _errs21 = errors;
if(typeof data8.KmsKeyId !== "string"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/EncryptionAtRestOptions/KmsKeyId",schemaPath:"#/properties/DomainStatusList/items/properties/EncryptionAtRestOptions/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/EncryptionAtRestOptions",schemaPath:"#/properties/DomainStatusList/items/properties/EncryptionAtRestOptions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.NodeToNodeEncryptionOptions !== undefined){
let data11 = data1.NodeToNodeEncryptionOptions;
const _errs23 = errors;
if(errors === _errs23){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.Enabled !== undefined){
if(typeof data11.Enabled !== "boolean"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/NodeToNodeEncryptionOptions/Enabled",schemaPath:"#/properties/DomainStatusList/items/properties/NodeToNodeEncryptionOptions/properties/Enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/NodeToNodeEncryptionOptions",schemaPath:"#/properties/DomainStatusList/items/properties/NodeToNodeEncryptionOptions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.DomainEndpointOptions !== undefined){
let data13 = data1.DomainEndpointOptions;
const _errs27 = errors;
if(errors === _errs27){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.EnforceHTTPS !== undefined){
const _errs29 = errors;
if(typeof data13.EnforceHTTPS !== "boolean"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/DomainEndpointOptions/EnforceHTTPS",schemaPath:"#/properties/DomainStatusList/items/properties/DomainEndpointOptions/properties/EnforceHTTPS/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid5 = _errs29 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.TLSSecurityPolicy !== undefined){
const _errs31 = errors;
if(typeof data13.TLSSecurityPolicy !== "string"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/DomainEndpointOptions/TLSSecurityPolicy",schemaPath:"#/properties/DomainStatusList/items/properties/DomainEndpointOptions/properties/TLSSecurityPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs31 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.CustomEndpointEnabled !== undefined){
const _errs33 = errors;
if(typeof data13.CustomEndpointEnabled !== "boolean"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/DomainEndpointOptions/CustomEndpointEnabled",schemaPath:"#/properties/DomainStatusList/items/properties/DomainEndpointOptions/properties/CustomEndpointEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid5 = _errs33 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.CustomEndpoint !== undefined){
const _errs35 = errors;
if(typeof data13.CustomEndpoint !== "string"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/DomainEndpointOptions/CustomEndpoint",schemaPath:"#/properties/DomainStatusList/items/properties/DomainEndpointOptions/properties/CustomEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs35 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.CustomEndpointCertificateArn !== undefined){
const _errs37 = errors;
if(typeof data13.CustomEndpointCertificateArn !== "string"){
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/DomainEndpointOptions/CustomEndpointCertificateArn",schemaPath:"#/properties/DomainStatusList/items/properties/DomainEndpointOptions/properties/CustomEndpointCertificateArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs37 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0+"/DomainEndpointOptions",schemaPath:"#/properties/DomainStatusList/items/properties/DomainEndpointOptions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/DomainStatusList/" + i0,schemaPath:"#/properties/DomainStatusList/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/DomainStatusList",schemaPath:"#/properties/DomainStatusList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}

export const v30 = validate40;
const schema41 = {"type":"object","properties":{"DomainNames":{"type":"array","items":{"type":"object","properties":{"DomainName":{"type":"string"},"EngineType":{"type":"string"}},"required":["DomainName"]}}},"required":[]};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.DomainNames !== undefined){
let data0 = data.DomainNames;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if((data1.DomainName === undefined) && (missing0 = "DomainName")){
validate40.errors = [{instancePath:instancePath+"/DomainNames/" + i0,schemaPath:"#/properties/DomainNames/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data1.DomainName !== undefined){
const _errs5 = errors;
if(typeof data1.DomainName !== "string"){
validate40.errors = [{instancePath:instancePath+"/DomainNames/" + i0+"/DomainName",schemaPath:"#/properties/DomainNames/items/properties/DomainName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.EngineType !== undefined){
const _errs7 = errors;
if(typeof data1.EngineType !== "string"){
validate40.errors = [{instancePath:instancePath+"/DomainNames/" + i0+"/EngineType",schemaPath:"#/properties/DomainNames/items/properties/EngineType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/DomainNames/" + i0,schemaPath:"#/properties/DomainNames/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/DomainNames",schemaPath:"#/properties/DomainNames/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}

export const v31 = validate41;
const schema42 = {"type":"object","properties":{"ServerCertificateMetadataList":{"type":"array","items":{"type":"object","properties":{"ServerCertificateName":{"type":"string"},"ServerCertificateId":{"type":"string"},"Arn":{"type":"string"},"Path":{"type":"string"},"UploadDate":{"sdkDate":true},"Expiration":{"sdkDate":true}},"required":["Arn"]}},"IsTruncated":{"type":"boolean"},"Marker":{"type":"string"}},"required":["ServerCertificateMetadataList"]};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.ServerCertificateMetadataList === undefined) && (missing0 = "ServerCertificateMetadataList")){
validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.ServerCertificateMetadataList !== undefined){
let data0 = data.ServerCertificateMetadataList;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.Arn === undefined) && (missing1 = "Arn")){
validate41.errors = [{instancePath:instancePath+"/ServerCertificateMetadataList/" + i0,schemaPath:"#/properties/ServerCertificateMetadataList/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.ServerCertificateName !== undefined){
const _errs5 = errors;
if(typeof data1.ServerCertificateName !== "string"){
validate41.errors = [{instancePath:instancePath+"/ServerCertificateMetadataList/" + i0+"/ServerCertificateName",schemaPath:"#/properties/ServerCertificateMetadataList/items/properties/ServerCertificateName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.ServerCertificateId !== undefined){
const _errs7 = errors;
if(typeof data1.ServerCertificateId !== "string"){
validate41.errors = [{instancePath:instancePath+"/ServerCertificateMetadataList/" + i0+"/ServerCertificateId",schemaPath:"#/properties/ServerCertificateMetadataList/items/properties/ServerCertificateId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Arn !== undefined){
const _errs9 = errors;
if(typeof data1.Arn !== "string"){
validate41.errors = [{instancePath:instancePath+"/ServerCertificateMetadataList/" + i0+"/Arn",schemaPath:"#/properties/ServerCertificateMetadataList/items/properties/Arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Path !== undefined){
const _errs11 = errors;
if(typeof data1.Path !== "string"){
validate41.errors = [{instancePath:instancePath+"/ServerCertificateMetadataList/" + i0+"/Path",schemaPath:"#/properties/ServerCertificateMetadataList/items/properties/Path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.UploadDate !== undefined){
let data6 = data1.UploadDate;
const _errs13 = errors;
if(!(data6 instanceof Date) || Number.isNaN(data6.getTime())){
validate41.errors = [{instancePath:instancePath+"/ServerCertificateMetadataList/" + i0+"/UploadDate",schemaPath:"#/properties/ServerCertificateMetadataList/items/properties/UploadDate/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Expiration !== undefined){
let data7 = data1.Expiration;
const _errs14 = errors;
if(!(data7 instanceof Date) || Number.isNaN(data7.getTime())){
validate41.errors = [{instancePath:instancePath+"/ServerCertificateMetadataList/" + i0+"/Expiration",schemaPath:"#/properties/ServerCertificateMetadataList/items/properties/Expiration/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/ServerCertificateMetadataList/" + i0,schemaPath:"#/properties/ServerCertificateMetadataList/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/ServerCertificateMetadataList",schemaPath:"#/properties/ServerCertificateMetadataList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.IsTruncated !== undefined){
const _errs15 = errors;
if(typeof data.IsTruncated !== "boolean"){
validate41.errors = [{instancePath:instancePath+"/IsTruncated",schemaPath:"#/properties/IsTruncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Marker !== undefined){
const _errs17 = errors;
if(typeof data.Marker !== "string"){
validate41.errors = [{instancePath:instancePath+"/Marker",schemaPath:"#/properties/Marker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}

export const v32 = validate42;
const schema43 = {"type":"object","properties":{"StreamDescriptionSummary":{"type":"object","properties":{"StreamName":{"type":"string"},"StreamARN":{"type":"string"},"StreamStatus":{"type":"string"},"EncryptionType":{"type":"string"},"KeyId":{"type":"string"},"OpenShardCount":{"type":"number"},"RetentionPeriodHours":{"type":"number"},"StreamCreationTimestamp":{"sdkDate":true}},"required":["StreamName","StreamARN"]}},"required":["StreamDescriptionSummary"]};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.StreamDescriptionSummary === undefined) && (missing0 = "StreamDescriptionSummary")){
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.StreamDescriptionSummary !== undefined){
let data0 = data.StreamDescriptionSummary;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.StreamName === undefined) && (missing1 = "StreamName")) || ((data0.StreamARN === undefined) && (missing1 = "StreamARN"))){
validate42.errors = [{instancePath:instancePath+"/StreamDescriptionSummary",schemaPath:"#/properties/StreamDescriptionSummary/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.StreamName !== undefined){
const _errs3 = errors;
if(typeof data0.StreamName !== "string"){
validate42.errors = [{instancePath:instancePath+"/StreamDescriptionSummary/StreamName",schemaPath:"#/properties/StreamDescriptionSummary/properties/StreamName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.StreamARN !== undefined){
const _errs5 = errors;
if(typeof data0.StreamARN !== "string"){
validate42.errors = [{instancePath:instancePath+"/StreamDescriptionSummary/StreamARN",schemaPath:"#/properties/StreamDescriptionSummary/properties/StreamARN/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.StreamStatus !== undefined){
const _errs7 = errors;
if(typeof data0.StreamStatus !== "string"){
validate42.errors = [{instancePath:instancePath+"/StreamDescriptionSummary/StreamStatus",schemaPath:"#/properties/StreamDescriptionSummary/properties/StreamStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.EncryptionType !== undefined){
const _errs9 = errors;
if(typeof data0.EncryptionType !== "string"){
validate42.errors = [{instancePath:instancePath+"/StreamDescriptionSummary/EncryptionType",schemaPath:"#/properties/StreamDescriptionSummary/properties/EncryptionType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.KeyId !== undefined){
const _errs11 = errors;
if(typeof data0.KeyId !== "string"){
validate42.errors = [{instancePath:instancePath+"/StreamDescriptionSummary/KeyId",schemaPath:"#/properties/StreamDescriptionSummary/properties/KeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.OpenShardCount !== undefined){
let data6 = data0.OpenShardCount;
const _errs13 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate42.errors = [{instancePath:instancePath+"/StreamDescriptionSummary/OpenShardCount",schemaPath:"#/properties/StreamDescriptionSummary/properties/OpenShardCount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.RetentionPeriodHours !== undefined){
let data7 = data0.RetentionPeriodHours;
const _errs15 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate42.errors = [{instancePath:instancePath+"/StreamDescriptionSummary/RetentionPeriodHours",schemaPath:"#/properties/StreamDescriptionSummary/properties/RetentionPeriodHours/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.StreamCreationTimestamp !== undefined){
let data8 = data0.StreamCreationTimestamp;
const _errs17 = errors;
if(!(data8 instanceof Date) || Number.isNaN(data8.getTime())){
validate42.errors = [{instancePath:instancePath+"/StreamDescriptionSummary/StreamCreationTimestamp",schemaPath:"#/properties/StreamDescriptionSummary/properties/StreamCreationTimestamp/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/StreamDescriptionSummary",schemaPath:"#/properties/StreamDescriptionSummary/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}

export const v33 = validate43;
const schema44 = {"type":"object","properties":{"StreamNames":{"type":"array","items":{"type":"string"}},"HasMoreStreams":{"type":"boolean"},"NextToken":{"type":"string"}},"required":["StreamNames","HasMoreStreams"]};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.StreamNames === undefined) && (missing0 = "StreamNames")) || ((data.HasMoreStreams === undefined) && (missing0 = "HasMoreStreams"))){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.StreamNames !== undefined){
let data0 = data.StreamNames;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(typeof data0[i0] !== "string"){
validate43.errors = [{instancePath:instancePath+"/StreamNames/" + i0,schemaPath:"#/properties/StreamNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/StreamNames",schemaPath:"#/properties/StreamNames/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.HasMoreStreams !== undefined){
const _errs5 = errors;
if(typeof data.HasMoreStreams !== "boolean"){
validate43.errors = [{instancePath:instancePath+"/HasMoreStreams",schemaPath:"#/properties/HasMoreStreams/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs7 = errors;
if(typeof data.NextToken !== "string"){
validate43.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}

export const v34 = validate44;
const schema45 = {"type":"object","properties":{"KeyMetadata":{"type":"object","properties":{"KeyId":{"type":"string"},"Arn":{"type":"string"},"KeyState":{"type":"string"},"KeyManager":{"type":"string"},"Enabled":{"type":"boolean"},"MultiRegion":{"type":"boolean"},"CreationDate":{"sdkDate":true},"DeletionDate":{"sdkDate":true}},"required":["KeyId"]}},"required":["KeyMetadata"]};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.KeyMetadata === undefined) && (missing0 = "KeyMetadata")){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.KeyMetadata !== undefined){
let data0 = data.KeyMetadata;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.KeyId === undefined) && (missing1 = "KeyId")){
validate44.errors = [{instancePath:instancePath+"/KeyMetadata",schemaPath:"#/properties/KeyMetadata/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.KeyId !== undefined){
const _errs3 = errors;
if(typeof data0.KeyId !== "string"){
validate44.errors = [{instancePath:instancePath+"/KeyMetadata/KeyId",schemaPath:"#/properties/KeyMetadata/properties/KeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.Arn !== undefined){
const _errs5 = errors;
if(typeof data0.Arn !== "string"){
validate44.errors = [{instancePath:instancePath+"/KeyMetadata/Arn",schemaPath:"#/properties/KeyMetadata/properties/Arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.KeyState !== undefined){
const _errs7 = errors;
if(typeof data0.KeyState !== "string"){
validate44.errors = [{instancePath:instancePath+"/KeyMetadata/KeyState",schemaPath:"#/properties/KeyMetadata/properties/KeyState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.KeyManager !== undefined){
const _errs9 = errors;
if(typeof data0.KeyManager !== "string"){
validate44.errors = [{instancePath:instancePath+"/KeyMetadata/KeyManager",schemaPath:"#/properties/KeyMetadata/properties/KeyManager/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.Enabled !== undefined){
const _errs11 = errors;
if(typeof data0.Enabled !== "boolean"){
validate44.errors = [{instancePath:instancePath+"/KeyMetadata/Enabled",schemaPath:"#/properties/KeyMetadata/properties/Enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.MultiRegion !== undefined){
const _errs13 = errors;
if(typeof data0.MultiRegion !== "boolean"){
validate44.errors = [{instancePath:instancePath+"/KeyMetadata/MultiRegion",schemaPath:"#/properties/KeyMetadata/properties/MultiRegion/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.CreationDate !== undefined){
let data7 = data0.CreationDate;
const _errs15 = errors;
if(!(data7 instanceof Date) || Number.isNaN(data7.getTime())){
validate44.errors = [{instancePath:instancePath+"/KeyMetadata/CreationDate",schemaPath:"#/properties/KeyMetadata/properties/CreationDate/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.DeletionDate !== undefined){
let data8 = data0.DeletionDate;
const _errs16 = errors;
if(!(data8 instanceof Date) || Number.isNaN(data8.getTime())){
validate44.errors = [{instancePath:instancePath+"/KeyMetadata/DeletionDate",schemaPath:"#/properties/KeyMetadata/properties/DeletionDate/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/KeyMetadata",schemaPath:"#/properties/KeyMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}

export const v35 = validate45;
const schema46 = {"type":"object","properties":{"Policy":{"type":"string","policyDocument":true}},"required":["Policy"]};
const func2 = isPolicyDocument;

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Policy === undefined) && (missing0 = "Policy")){
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Policy !== undefined){
let data0 = data.Policy;
if(typeof data0 !== "string"){
validate45.errors = [{instancePath:instancePath+"/Policy",schemaPath:"#/properties/Policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!func2(data0)){
validate45.errors = [{instancePath:instancePath+"/Policy",schemaPath:"#/properties/Policy/policyDocument",keyword:"policyDocument",params:{},message:"must pass \"policyDocument\" keyword validation"}];
return false;
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}

export const v36 = validate46;
const schema47 = {"type":"object","properties":{"KeyRotationEnabled":{"type":"boolean"},"RotationPeriodInDays":{"type":"integer"}},"required":["KeyRotationEnabled"]};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.KeyRotationEnabled === undefined) && (missing0 = "KeyRotationEnabled")){
validate46.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.KeyRotationEnabled !== undefined){
const _errs1 = errors;
if(typeof data.KeyRotationEnabled !== "boolean"){
validate46.errors = [{instancePath:instancePath+"/KeyRotationEnabled",schemaPath:"#/properties/KeyRotationEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.RotationPeriodInDays !== undefined){
let data1 = data.RotationPeriodInDays;
const _errs3 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate46.errors = [{instancePath:instancePath+"/RotationPeriodInDays",schemaPath:"#/properties/RotationPeriodInDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}

export const v37 = validate47;
const schema48 = {"type":"object","properties":{"Aliases":{"type":"array","items":{"type":"object","properties":{"AliasName":{"type":"string"},"AliasArn":{"type":"string"},"TargetKeyId":{"type":"string"}},"required":["AliasName"]}},"NextMarker":{"type":"string"},"Truncated":{"type":"boolean"}},"required":["Aliases"]};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Aliases === undefined) && (missing0 = "Aliases")){
validate47.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Aliases !== undefined){
let data0 = data.Aliases;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.AliasName === undefined) && (missing1 = "AliasName")){
validate47.errors = [{instancePath:instancePath+"/Aliases/" + i0,schemaPath:"#/properties/Aliases/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.AliasName !== undefined){
const _errs5 = errors;
if(typeof data1.AliasName !== "string"){
validate47.errors = [{instancePath:instancePath+"/Aliases/" + i0+"/AliasName",schemaPath:"#/properties/Aliases/items/properties/AliasName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.AliasArn !== undefined){
const _errs7 = errors;
if(typeof data1.AliasArn !== "string"){
validate47.errors = [{instancePath:instancePath+"/Aliases/" + i0+"/AliasArn",schemaPath:"#/properties/Aliases/items/properties/AliasArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.TargetKeyId !== undefined){
const _errs9 = errors;
if(typeof data1.TargetKeyId !== "string"){
validate47.errors = [{instancePath:instancePath+"/Aliases/" + i0+"/TargetKeyId",schemaPath:"#/properties/Aliases/items/properties/TargetKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate47.errors = [{instancePath:instancePath+"/Aliases/" + i0,schemaPath:"#/properties/Aliases/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate47.errors = [{instancePath:instancePath+"/Aliases",schemaPath:"#/properties/Aliases/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextMarker !== undefined){
const _errs11 = errors;
if(typeof data.NextMarker !== "string"){
validate47.errors = [{instancePath:instancePath+"/NextMarker",schemaPath:"#/properties/NextMarker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Truncated !== undefined){
const _errs13 = errors;
if(typeof data.Truncated !== "boolean"){
validate47.errors = [{instancePath:instancePath+"/Truncated",schemaPath:"#/properties/Truncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate47.errors = vErrors;
return errors === 0;
}

export const v38 = validate48;
const schema49 = {"type":"object","properties":{"Grants":{"type":"array","items":{"type":"object","properties":{"GrantId":{"type":"string"},"GranteePrincipal":{"type":"string"},"Operations":{"type":"array","items":{"type":"string"}}},"required":[]}},"NextMarker":{"type":"string"},"Truncated":{"type":"boolean"}},"required":["Grants"]};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Grants === undefined) && (missing0 = "Grants")){
validate48.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Grants !== undefined){
let data0 = data.Grants;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.GrantId !== undefined){
const _errs5 = errors;
if(typeof data1.GrantId !== "string"){
validate48.errors = [{instancePath:instancePath+"/Grants/" + i0+"/GrantId",schemaPath:"#/properties/Grants/items/properties/GrantId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.GranteePrincipal !== undefined){
const _errs7 = errors;
if(typeof data1.GranteePrincipal !== "string"){
validate48.errors = [{instancePath:instancePath+"/Grants/" + i0+"/GranteePrincipal",schemaPath:"#/properties/Grants/items/properties/GranteePrincipal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Operations !== undefined){
let data4 = data1.Operations;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid3 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs11 = errors;
if(typeof data4[i1] !== "string"){
validate48.errors = [{instancePath:instancePath+"/Grants/" + i0+"/Operations/" + i1,schemaPath:"#/properties/Grants/items/properties/Operations/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/Grants/" + i0+"/Operations",schemaPath:"#/properties/Grants/items/properties/Operations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/Grants/" + i0,schemaPath:"#/properties/Grants/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/Grants",schemaPath:"#/properties/Grants/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextMarker !== undefined){
const _errs13 = errors;
if(typeof data.NextMarker !== "string"){
validate48.errors = [{instancePath:instancePath+"/NextMarker",schemaPath:"#/properties/NextMarker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Truncated !== undefined){
const _errs15 = errors;
if(typeof data.Truncated !== "boolean"){
validate48.errors = [{instancePath:instancePath+"/Truncated",schemaPath:"#/properties/Truncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate48.errors = vErrors;
return errors === 0;
}

export const v39 = validate49;
const schema50 = {"type":"object","properties":{"Keys":{"type":"array","items":{"type":"object","properties":{"KeyId":{"type":"string"},"KeyArn":{"type":"string"}},"required":["KeyId"]}},"NextMarker":{"type":"string"},"Truncated":{"type":"boolean"}},"required":["Keys"]};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Keys === undefined) && (missing0 = "Keys")){
validate49.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Keys !== undefined){
let data0 = data.Keys;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.KeyId === undefined) && (missing1 = "KeyId")){
validate49.errors = [{instancePath:instancePath+"/Keys/" + i0,schemaPath:"#/properties/Keys/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.KeyId !== undefined){
const _errs5 = errors;
if(typeof data1.KeyId !== "string"){
validate49.errors = [{instancePath:instancePath+"/Keys/" + i0+"/KeyId",schemaPath:"#/properties/Keys/items/properties/KeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KeyArn !== undefined){
const _errs7 = errors;
if(typeof data1.KeyArn !== "string"){
validate49.errors = [{instancePath:instancePath+"/Keys/" + i0+"/KeyArn",schemaPath:"#/properties/Keys/items/properties/KeyArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/Keys/" + i0,schemaPath:"#/properties/Keys/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/Keys",schemaPath:"#/properties/Keys/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextMarker !== undefined){
const _errs9 = errors;
if(typeof data.NextMarker !== "string"){
validate49.errors = [{instancePath:instancePath+"/NextMarker",schemaPath:"#/properties/NextMarker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Truncated !== undefined){
const _errs11 = errors;
if(typeof data.Truncated !== "boolean"){
validate49.errors = [{instancePath:instancePath+"/Truncated",schemaPath:"#/properties/Truncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate49.errors = vErrors;
return errors === 0;
}

export const v40 = validate50;
const schema51 = {"type":"object","properties":{"Tags":{"type":"array","items":{"type":"object","properties":{"TagKey":{"type":"string"},"TagValue":{"type":"string"}},"required":["TagKey"]}},"NextMarker":{"type":"string"},"Truncated":{"type":"boolean"}},"required":["Tags"]};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Tags === undefined) && (missing0 = "Tags")){
validate50.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Tags !== undefined){
let data0 = data.Tags;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.TagKey === undefined) && (missing1 = "TagKey")){
validate50.errors = [{instancePath:instancePath+"/Tags/" + i0,schemaPath:"#/properties/Tags/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.TagKey !== undefined){
const _errs5 = errors;
if(typeof data1.TagKey !== "string"){
validate50.errors = [{instancePath:instancePath+"/Tags/" + i0+"/TagKey",schemaPath:"#/properties/Tags/items/properties/TagKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.TagValue !== undefined){
const _errs7 = errors;
if(typeof data1.TagValue !== "string"){
validate50.errors = [{instancePath:instancePath+"/Tags/" + i0+"/TagValue",schemaPath:"#/properties/Tags/items/properties/TagValue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/Tags/" + i0,schemaPath:"#/properties/Tags/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/Tags",schemaPath:"#/properties/Tags/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextMarker !== undefined){
const _errs9 = errors;
if(typeof data.NextMarker !== "string"){
validate50.errors = [{instancePath:instancePath+"/NextMarker",schemaPath:"#/properties/NextMarker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Truncated !== undefined){
const _errs11 = errors;
if(typeof data.Truncated !== "boolean"){
validate50.errors = [{instancePath:instancePath+"/Truncated",schemaPath:"#/properties/Truncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}

export const v41 = validate51;
const schema52 = {"type":"object","properties":{"Functions":{"type":"array","items":{"type":"object","properties":{"FunctionName":{"type":"string"},"FunctionArn":{"type":"string"},"KMSKeyArn":{"type":"string"},"Environment":{"type":"object","properties":{"Variables":{"type":"object"},"Error":{"type":"object","properties":{"ErrorCode":{"type":"string"}},"required":[]}},"required":[]},"PackageType":{"type":"string"},"Runtime":{"type":"string"},"LastModified":{"type":"string"}},"required":["FunctionArn"]}},"NextMarker":{"type":"string"}},"required":["Functions"]};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Functions === undefined) && (missing0 = "Functions")){
validate51.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Functions !== undefined){
let data0 = data.Functions;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.FunctionArn === undefined) && (missing1 = "FunctionArn")){
validate51.errors = [{instancePath:instancePath+"/Functions/" + i0,schemaPath:"#/properties/Functions/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.FunctionName !== undefined){
const _errs5 = errors;
if(typeof data1.FunctionName !== "string"){
validate51.errors = [{instancePath:instancePath+"/Functions/" + i0+"/FunctionName",schemaPath:"#/properties/Functions/items/properties/FunctionName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.FunctionArn !== undefined){
const _errs7 = errors;
if(typeof data1.FunctionArn !== "string"){
validate51.errors = [{instancePath:instancePath+"/Functions/" + i0+"/FunctionArn",schemaPath:"#/properties/Functions/items/properties/FunctionArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KMSKeyArn !== undefined){
const _errs9 = errors;
if(typeof data1.KMSKeyArn !== "string"){
validate51.errors = [{instancePath:instancePath+"/Functions/" + i0+"/KMSKeyArn",schemaPath:"#/properties/Functions/items/properties/KMSKeyArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Environment !== undefined){
let data5 = data1.Environment;
const _errs11 = errors;
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.Variables !== undefined){
let data6 = data5.Variables;
const _errs13 = errors;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
validate51.errors = [{instancePath:instancePath+"/Functions/" + i0+"/Environment/Variables",schemaPath:"#/properties/Functions/items/properties/Environment/properties/Variables/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.Error !== undefined){
let data7 = data5.Error;
const _errs15 = errors;
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.ErrorCode !== undefined){
if(typeof data7.ErrorCode !== "string"){
validate51.errors = [{instancePath:instancePath+"/Functions/" + i0+"/Environment/Error/ErrorCode",schemaPath:"#/properties/Functions/items/properties/Environment/properties/Error/properties/ErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/Functions/" + i0+"/Environment/Error",schemaPath:"#/properties/Functions/items/properties/Environment/properties/Error/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/Functions/" + i0+"/Environment",schemaPath:"#/properties/Functions/items/properties/Environment/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.PackageType !== undefined){
const _errs19 = errors;
if(typeof data1.PackageType !== "string"){
validate51.errors = [{instancePath:instancePath+"/Functions/" + i0+"/PackageType",schemaPath:"#/properties/Functions/items/properties/PackageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Runtime !== undefined){
const _errs21 = errors;
if(typeof data1.Runtime !== "string"){
validate51.errors = [{instancePath:instancePath+"/Functions/" + i0+"/Runtime",schemaPath:"#/properties/Functions/items/properties/Runtime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.LastModified !== undefined){
const _errs23 = errors;
if(typeof data1.LastModified !== "string"){
validate51.errors = [{instancePath:instancePath+"/Functions/" + i0+"/LastModified",schemaPath:"#/properties/Functions/items/properties/LastModified/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/Functions/" + i0,schemaPath:"#/properties/Functions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/Functions",schemaPath:"#/properties/Functions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextMarker !== undefined){
const _errs25 = errors;
if(typeof data.NextMarker !== "string"){
validate51.errors = [{instancePath:instancePath+"/NextMarker",schemaPath:"#/properties/NextMarker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate51.errors = vErrors;
return errors === 0;
}

export const v42 = validate52;
const schema53 = {"type":"object","properties":{"logGroups":{"type":"array","items":{"type":"object","properties":{"logGroupName":{"type":"string"},"arn":{"type":"string"},"logGroupArn":{"type":"string"},"kmsKeyId":{"type":"string"},"retentionInDays":{"type":"number"},"creationTime":{"type":"number"}},"required":["logGroupName"]}},"nextToken":{"type":"string"}},"required":["logGroups"]};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.logGroups === undefined) && (missing0 = "logGroups")){
validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.logGroups !== undefined){
let data0 = data.logGroups;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.logGroupName === undefined) && (missing1 = "logGroupName")){
validate52.errors = [{instancePath:instancePath+"/logGroups/" + i0,schemaPath:"#/properties/logGroups/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.logGroupName !== undefined){
const _errs5 = errors;
if(typeof data1.logGroupName !== "string"){
validate52.errors = [{instancePath:instancePath+"/logGroups/" + i0+"/logGroupName",schemaPath:"#/properties/logGroups/items/properties/logGroupName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.arn !== undefined){
const _errs7 = errors;
if(typeof data1.arn !== "string"){
validate52.errors = [{instancePath:instancePath+"/logGroups/" + i0+"/arn",schemaPath:"#/properties/logGroups/items/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.logGroupArn !== undefined){
const _errs9 = errors;
if(typeof data1.logGroupArn !== "string"){
validate52.errors = [{instancePath:instancePath+"/logGroups/" + i0+"/logGroupArn",schemaPath:"#/properties/logGroups/items/properties/logGroupArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.kmsKeyId !== undefined){
const _errs11 = errors;
if(typeof data1.kmsKeyId !== "string"){
validate52.errors = [{instancePath:instancePath+"/logGroups/" + i0+"/kmsKeyId",schemaPath:"#/properties/logGroups/items/properties/kmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.retentionInDays !== undefined){
let data6 = data1.retentionInDays;
const _errs13 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate52.errors = [{instancePath:instancePath+"/logGroups/" + i0+"/retentionInDays",schemaPath:"#/properties/logGroups/items/properties/retentionInDays/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.creationTime !== undefined){
let data7 = data1.creationTime;
const _errs15 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate52.errors = [{instancePath:instancePath+"/logGroups/" + i0+"/creationTime",schemaPath:"#/properties/logGroups/items/properties/creationTime/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/logGroups/" + i0,schemaPath:"#/properties/logGroups/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/logGroups",schemaPath:"#/properties/logGroups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nextToken !== undefined){
const _errs17 = errors;
if(typeof data.nextToken !== "string"){
validate52.errors = [{instancePath:instancePath+"/nextToken",schemaPath:"#/properties/nextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}

export const v43 = validate53;
const schema54 = {"type":"object","properties":{"Accounts":{"type":"array","items":{"type":"object","properties":{"Id":{"type":"string"},"Status":{"type":"string"},"State":{"type":"string"}},"required":["Id"]}},"NextToken":{"type":"string"}},"required":["Accounts"]};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Accounts === undefined) && (missing0 = "Accounts")){
validate53.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Accounts !== undefined){
let data0 = data.Accounts;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.Id === undefined) && (missing1 = "Id")){
validate53.errors = [{instancePath:instancePath+"/Accounts/" + i0,schemaPath:"#/properties/Accounts/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.Id !== undefined){
const _errs5 = errors;
if(typeof data1.Id !== "string"){
validate53.errors = [{instancePath:instancePath+"/Accounts/" + i0+"/Id",schemaPath:"#/properties/Accounts/items/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Status !== undefined){
const _errs7 = errors;
if(typeof data1.Status !== "string"){
validate53.errors = [{instancePath:instancePath+"/Accounts/" + i0+"/Status",schemaPath:"#/properties/Accounts/items/properties/Status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.State !== undefined){
const _errs9 = errors;
if(typeof data1.State !== "string"){
validate53.errors = [{instancePath:instancePath+"/Accounts/" + i0+"/State",schemaPath:"#/properties/Accounts/items/properties/State/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/Accounts/" + i0,schemaPath:"#/properties/Accounts/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/Accounts",schemaPath:"#/properties/Accounts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs11 = errors;
if(typeof data.NextToken !== "string"){
validate53.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate53.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate53.errors = vErrors;
return errors === 0;
}

export const v44 = validate54;
const schema55 = {"type":"object","properties":{"Accounts":{"type":"array","items":{"type":"object","properties":{"Id":{"type":"string"},"Status":{"type":"string"},"State":{"type":"string"}},"required":["Id"]}},"NextToken":{"type":"string"}},"required":["Accounts"]};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Accounts === undefined) && (missing0 = "Accounts")){
validate54.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Accounts !== undefined){
let data0 = data.Accounts;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.Id === undefined) && (missing1 = "Id")){
validate54.errors = [{instancePath:instancePath+"/Accounts/" + i0,schemaPath:"#/properties/Accounts/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.Id !== undefined){
const _errs5 = errors;
if(typeof data1.Id !== "string"){
validate54.errors = [{instancePath:instancePath+"/Accounts/" + i0+"/Id",schemaPath:"#/properties/Accounts/items/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Status !== undefined){
const _errs7 = errors;
if(typeof data1.Status !== "string"){
validate54.errors = [{instancePath:instancePath+"/Accounts/" + i0+"/Status",schemaPath:"#/properties/Accounts/items/properties/Status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.State !== undefined){
const _errs9 = errors;
if(typeof data1.State !== "string"){
validate54.errors = [{instancePath:instancePath+"/Accounts/" + i0+"/State",schemaPath:"#/properties/Accounts/items/properties/State/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate54.errors = [{instancePath:instancePath+"/Accounts/" + i0,schemaPath:"#/properties/Accounts/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate54.errors = [{instancePath:instancePath+"/Accounts",schemaPath:"#/properties/Accounts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs11 = errors;
if(typeof data.NextToken !== "string"){
validate54.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate54.errors = vErrors;
return errors === 0;
}

export const v45 = validate55;
const schema56 = {"type":"object","properties":{"OrganizationalUnits":{"type":"array","items":{"type":"object","properties":{"Id":{"type":"string"}},"required":["Id"]}},"NextToken":{"type":"string"}},"required":["OrganizationalUnits"]};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.OrganizationalUnits === undefined) && (missing0 = "OrganizationalUnits")){
validate55.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.OrganizationalUnits !== undefined){
let data0 = data.OrganizationalUnits;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.Id === undefined) && (missing1 = "Id")){
validate55.errors = [{instancePath:instancePath+"/OrganizationalUnits/" + i0,schemaPath:"#/properties/OrganizationalUnits/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.Id !== undefined){
if(typeof data1.Id !== "string"){
validate55.errors = [{instancePath:instancePath+"/OrganizationalUnits/" + i0+"/Id",schemaPath:"#/properties/OrganizationalUnits/items/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/OrganizationalUnits/" + i0,schemaPath:"#/properties/OrganizationalUnits/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/OrganizationalUnits",schemaPath:"#/properties/OrganizationalUnits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs7 = errors;
if(typeof data.NextToken !== "string"){
validate55.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate55.errors = vErrors;
return errors === 0;
}

export const v46 = validate56;
const schema57 = {"type":"object","properties":{"Certificates":{"type":"array","items":{"type":"object","properties":{"CertificateIdentifier":{"type":"string"},"CertificateType":{"type":"string"},"ValidFrom":{"sdkDate":true},"ValidTill":{"sdkDate":true}},"required":["CertificateIdentifier"]}},"Marker":{"type":"string"}},"required":["Certificates"]};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Certificates === undefined) && (missing0 = "Certificates")){
validate56.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Certificates !== undefined){
let data0 = data.Certificates;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.CertificateIdentifier === undefined) && (missing1 = "CertificateIdentifier")){
validate56.errors = [{instancePath:instancePath+"/Certificates/" + i0,schemaPath:"#/properties/Certificates/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.CertificateIdentifier !== undefined){
const _errs5 = errors;
if(typeof data1.CertificateIdentifier !== "string"){
validate56.errors = [{instancePath:instancePath+"/Certificates/" + i0+"/CertificateIdentifier",schemaPath:"#/properties/Certificates/items/properties/CertificateIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.CertificateType !== undefined){
const _errs7 = errors;
if(typeof data1.CertificateType !== "string"){
validate56.errors = [{instancePath:instancePath+"/Certificates/" + i0+"/CertificateType",schemaPath:"#/properties/Certificates/items/properties/CertificateType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.ValidFrom !== undefined){
let data4 = data1.ValidFrom;
const _errs9 = errors;
if(!(data4 instanceof Date) || Number.isNaN(data4.getTime())){
validate56.errors = [{instancePath:instancePath+"/Certificates/" + i0+"/ValidFrom",schemaPath:"#/properties/Certificates/items/properties/ValidFrom/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.ValidTill !== undefined){
let data5 = data1.ValidTill;
const _errs10 = errors;
if(!(data5 instanceof Date) || Number.isNaN(data5.getTime())){
validate56.errors = [{instancePath:instancePath+"/Certificates/" + i0+"/ValidTill",schemaPath:"#/properties/Certificates/items/properties/ValidTill/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate56.errors = [{instancePath:instancePath+"/Certificates/" + i0,schemaPath:"#/properties/Certificates/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate56.errors = [{instancePath:instancePath+"/Certificates",schemaPath:"#/properties/Certificates/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Marker !== undefined){
const _errs11 = errors;
if(typeof data.Marker !== "string"){
validate56.errors = [{instancePath:instancePath+"/Marker",schemaPath:"#/properties/Marker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate56.errors = vErrors;
return errors === 0;
}

export const v47 = validate57;
const schema58 = {"type":"object","properties":{"Parameters":{"type":"array","items":{"type":"object","properties":{"ParameterName":{"type":"string"},"ParameterValue":{"type":"string"},"Source":{"type":"string"}},"required":["ParameterName"]}},"Marker":{"type":"string"}},"required":["Parameters"]};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Parameters === undefined) && (missing0 = "Parameters")){
validate57.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Parameters !== undefined){
let data0 = data.Parameters;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.ParameterName === undefined) && (missing1 = "ParameterName")){
validate57.errors = [{instancePath:instancePath+"/Parameters/" + i0,schemaPath:"#/properties/Parameters/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.ParameterName !== undefined){
const _errs5 = errors;
if(typeof data1.ParameterName !== "string"){
validate57.errors = [{instancePath:instancePath+"/Parameters/" + i0+"/ParameterName",schemaPath:"#/properties/Parameters/items/properties/ParameterName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.ParameterValue !== undefined){
const _errs7 = errors;
if(typeof data1.ParameterValue !== "string"){
validate57.errors = [{instancePath:instancePath+"/Parameters/" + i0+"/ParameterValue",schemaPath:"#/properties/Parameters/items/properties/ParameterValue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Source !== undefined){
const _errs9 = errors;
if(typeof data1.Source !== "string"){
validate57.errors = [{instancePath:instancePath+"/Parameters/" + i0+"/Source",schemaPath:"#/properties/Parameters/items/properties/Source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/Parameters/" + i0,schemaPath:"#/properties/Parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/Parameters",schemaPath:"#/properties/Parameters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Marker !== undefined){
const _errs11 = errors;
if(typeof data.Marker !== "string"){
validate57.errors = [{instancePath:instancePath+"/Marker",schemaPath:"#/properties/Marker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate57.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate57.errors = vErrors;
return errors === 0;
}

export const v48 = validate58;
const schema59 = {"type":"object","properties":{"DBClusterSnapshotAttributesResult":{"type":"object","properties":{"DBClusterSnapshotAttributes":{"type":"array","items":{"type":"object","properties":{"AttributeName":{"type":"string"},"AttributeValues":{"type":"array","items":{"type":"string"}}},"required":[]}}},"required":["DBClusterSnapshotAttributes"]}},"required":["DBClusterSnapshotAttributesResult"]};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.DBClusterSnapshotAttributesResult === undefined) && (missing0 = "DBClusterSnapshotAttributesResult")){
validate58.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.DBClusterSnapshotAttributesResult !== undefined){
let data0 = data.DBClusterSnapshotAttributesResult;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.DBClusterSnapshotAttributes === undefined) && (missing1 = "DBClusterSnapshotAttributes")){
validate58.errors = [{instancePath:instancePath+"/DBClusterSnapshotAttributesResult",schemaPath:"#/properties/DBClusterSnapshotAttributesResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.DBClusterSnapshotAttributes !== undefined){
let data1 = data0.DBClusterSnapshotAttributes;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.AttributeName !== undefined){
const _errs7 = errors;
if(typeof data2.AttributeName !== "string"){
validate58.errors = [{instancePath:instancePath+"/DBClusterSnapshotAttributesResult/DBClusterSnapshotAttributes/" + i0+"/AttributeName",schemaPath:"#/properties/DBClusterSnapshotAttributesResult/properties/DBClusterSnapshotAttributes/items/properties/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.AttributeValues !== undefined){
let data4 = data2.AttributeValues;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid4 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs11 = errors;
if(typeof data4[i1] !== "string"){
validate58.errors = [{instancePath:instancePath+"/DBClusterSnapshotAttributesResult/DBClusterSnapshotAttributes/" + i0+"/AttributeValues/" + i1,schemaPath:"#/properties/DBClusterSnapshotAttributesResult/properties/DBClusterSnapshotAttributes/items/properties/AttributeValues/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs11 === errors;
if(!valid4){
break;
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/DBClusterSnapshotAttributesResult/DBClusterSnapshotAttributes/" + i0+"/AttributeValues",schemaPath:"#/properties/DBClusterSnapshotAttributesResult/properties/DBClusterSnapshotAttributes/items/properties/AttributeValues/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/DBClusterSnapshotAttributesResult/DBClusterSnapshotAttributes/" + i0,schemaPath:"#/properties/DBClusterSnapshotAttributesResult/properties/DBClusterSnapshotAttributes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs5 === errors;
if(!valid2){
break;
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/DBClusterSnapshotAttributesResult/DBClusterSnapshotAttributes",schemaPath:"#/properties/DBClusterSnapshotAttributesResult/properties/DBClusterSnapshotAttributes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/DBClusterSnapshotAttributesResult",schemaPath:"#/properties/DBClusterSnapshotAttributesResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate58.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate58.errors = vErrors;
return errors === 0;
}

export const v49 = validate59;
const schema60 = {"type":"object","properties":{"DBClusterSnapshots":{"type":"array","items":{"type":"object","properties":{"DBClusterSnapshotIdentifier":{"type":"string"},"DBClusterSnapshotArn":{"type":"string"},"SnapshotType":{"type":"string"},"StorageEncrypted":{"type":"boolean"},"KmsKeyId":{"type":"string"}},"required":["DBClusterSnapshotIdentifier"]}},"Marker":{"type":"string"}},"required":["DBClusterSnapshots"]};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.DBClusterSnapshots === undefined) && (missing0 = "DBClusterSnapshots")){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.DBClusterSnapshots !== undefined){
let data0 = data.DBClusterSnapshots;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.DBClusterSnapshotIdentifier === undefined) && (missing1 = "DBClusterSnapshotIdentifier")){
validate59.errors = [{instancePath:instancePath+"/DBClusterSnapshots/" + i0,schemaPath:"#/properties/DBClusterSnapshots/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.DBClusterSnapshotIdentifier !== undefined){
const _errs5 = errors;
if(typeof data1.DBClusterSnapshotIdentifier !== "string"){
validate59.errors = [{instancePath:instancePath+"/DBClusterSnapshots/" + i0+"/DBClusterSnapshotIdentifier",schemaPath:"#/properties/DBClusterSnapshots/items/properties/DBClusterSnapshotIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.DBClusterSnapshotArn !== undefined){
const _errs7 = errors;
if(typeof data1.DBClusterSnapshotArn !== "string"){
validate59.errors = [{instancePath:instancePath+"/DBClusterSnapshots/" + i0+"/DBClusterSnapshotArn",schemaPath:"#/properties/DBClusterSnapshots/items/properties/DBClusterSnapshotArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.SnapshotType !== undefined){
const _errs9 = errors;
if(typeof data1.SnapshotType !== "string"){
validate59.errors = [{instancePath:instancePath+"/DBClusterSnapshots/" + i0+"/SnapshotType",schemaPath:"#/properties/DBClusterSnapshots/items/properties/SnapshotType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.StorageEncrypted !== undefined){
const _errs11 = errors;
if(typeof data1.StorageEncrypted !== "boolean"){
validate59.errors = [{instancePath:instancePath+"/DBClusterSnapshots/" + i0+"/StorageEncrypted",schemaPath:"#/properties/DBClusterSnapshots/items/properties/StorageEncrypted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KmsKeyId !== undefined){
const _errs13 = errors;
if(typeof data1.KmsKeyId !== "string"){
validate59.errors = [{instancePath:instancePath+"/DBClusterSnapshots/" + i0+"/KmsKeyId",schemaPath:"#/properties/DBClusterSnapshots/items/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/DBClusterSnapshots/" + i0,schemaPath:"#/properties/DBClusterSnapshots/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/DBClusterSnapshots",schemaPath:"#/properties/DBClusterSnapshots/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Marker !== undefined){
const _errs15 = errors;
if(typeof data.Marker !== "string"){
validate59.errors = [{instancePath:instancePath+"/Marker",schemaPath:"#/properties/Marker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}

export const v50 = validate60;
const schema61 = {"type":"object","properties":{"DBClusters":{"type":"array","items":{"type":"object","properties":{"DBClusterIdentifier":{"type":"string"},"DBClusterArn":{"type":"string"},"StorageEncrypted":{"type":"boolean"},"KmsKeyId":{"type":"string"}},"required":["DBClusterIdentifier"]}},"Marker":{"type":"string"}},"required":["DBClusters"]};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.DBClusters === undefined) && (missing0 = "DBClusters")){
validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.DBClusters !== undefined){
let data0 = data.DBClusters;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.DBClusterIdentifier === undefined) && (missing1 = "DBClusterIdentifier")){
validate60.errors = [{instancePath:instancePath+"/DBClusters/" + i0,schemaPath:"#/properties/DBClusters/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.DBClusterIdentifier !== undefined){
const _errs5 = errors;
if(typeof data1.DBClusterIdentifier !== "string"){
validate60.errors = [{instancePath:instancePath+"/DBClusters/" + i0+"/DBClusterIdentifier",schemaPath:"#/properties/DBClusters/items/properties/DBClusterIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.DBClusterArn !== undefined){
const _errs7 = errors;
if(typeof data1.DBClusterArn !== "string"){
validate60.errors = [{instancePath:instancePath+"/DBClusters/" + i0+"/DBClusterArn",schemaPath:"#/properties/DBClusters/items/properties/DBClusterArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.StorageEncrypted !== undefined){
const _errs9 = errors;
if(typeof data1.StorageEncrypted !== "boolean"){
validate60.errors = [{instancePath:instancePath+"/DBClusters/" + i0+"/StorageEncrypted",schemaPath:"#/properties/DBClusters/items/properties/StorageEncrypted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KmsKeyId !== undefined){
const _errs11 = errors;
if(typeof data1.KmsKeyId !== "string"){
validate60.errors = [{instancePath:instancePath+"/DBClusters/" + i0+"/KmsKeyId",schemaPath:"#/properties/DBClusters/items/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/DBClusters/" + i0,schemaPath:"#/properties/DBClusters/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/DBClusters",schemaPath:"#/properties/DBClusters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Marker !== undefined){
const _errs13 = errors;
if(typeof data.Marker !== "string"){
validate60.errors = [{instancePath:instancePath+"/Marker",schemaPath:"#/properties/Marker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}

export const v51 = validate61;
const schema62 = {"type":"object","properties":{"DBInstances":{"type":"array","items":{"type":"object","properties":{"DBInstanceIdentifier":{"type":"string"},"DBInstanceArn":{"type":"string"},"StorageEncrypted":{"type":"boolean"},"KmsKeyId":{"type":"string"},"InstanceCreateTime":{"sdkDate":true}},"required":["DBInstanceIdentifier"]}},"Marker":{"type":"string"}},"required":["DBInstances"]};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.DBInstances === undefined) && (missing0 = "DBInstances")){
validate61.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.DBInstances !== undefined){
let data0 = data.DBInstances;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.DBInstanceIdentifier === undefined) && (missing1 = "DBInstanceIdentifier")){
validate61.errors = [{instancePath:instancePath+"/DBInstances/" + i0,schemaPath:"#/properties/DBInstances/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.DBInstanceIdentifier !== undefined){
const _errs5 = errors;
if(typeof data1.DBInstanceIdentifier !== "string"){
validate61.errors = [{instancePath:instancePath+"/DBInstances/" + i0+"/DBInstanceIdentifier",schemaPath:"#/properties/DBInstances/items/properties/DBInstanceIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.DBInstanceArn !== undefined){
const _errs7 = errors;
if(typeof data1.DBInstanceArn !== "string"){
validate61.errors = [{instancePath:instancePath+"/DBInstances/" + i0+"/DBInstanceArn",schemaPath:"#/properties/DBInstances/items/properties/DBInstanceArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.StorageEncrypted !== undefined){
const _errs9 = errors;
if(typeof data1.StorageEncrypted !== "boolean"){
validate61.errors = [{instancePath:instancePath+"/DBInstances/" + i0+"/StorageEncrypted",schemaPath:"#/properties/DBInstances/items/properties/StorageEncrypted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KmsKeyId !== undefined){
const _errs11 = errors;
if(typeof data1.KmsKeyId !== "string"){
validate61.errors = [{instancePath:instancePath+"/DBInstances/" + i0+"/KmsKeyId",schemaPath:"#/properties/DBInstances/items/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.InstanceCreateTime !== undefined){
let data6 = data1.InstanceCreateTime;
const _errs13 = errors;
if(!(data6 instanceof Date) || Number.isNaN(data6.getTime())){
validate61.errors = [{instancePath:instancePath+"/DBInstances/" + i0+"/InstanceCreateTime",schemaPath:"#/properties/DBInstances/items/properties/InstanceCreateTime/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate61.errors = [{instancePath:instancePath+"/DBInstances/" + i0,schemaPath:"#/properties/DBInstances/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate61.errors = [{instancePath:instancePath+"/DBInstances",schemaPath:"#/properties/DBInstances/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Marker !== undefined){
const _errs14 = errors;
if(typeof data.Marker !== "string"){
validate61.errors = [{instancePath:instancePath+"/Marker",schemaPath:"#/properties/Marker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate61.errors = vErrors;
return errors === 0;
}

export const v52 = validate62;
const schema63 = {"type":"object","properties":{"DBSnapshotAttributesResult":{"type":"object","properties":{"DBSnapshotAttributes":{"type":"array","items":{"type":"object","properties":{"AttributeName":{"type":"string"},"AttributeValues":{"type":"array","items":{"type":"string"}}},"required":[]}}},"required":["DBSnapshotAttributes"]}},"required":["DBSnapshotAttributesResult"]};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.DBSnapshotAttributesResult === undefined) && (missing0 = "DBSnapshotAttributesResult")){
validate62.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.DBSnapshotAttributesResult !== undefined){
let data0 = data.DBSnapshotAttributesResult;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.DBSnapshotAttributes === undefined) && (missing1 = "DBSnapshotAttributes")){
validate62.errors = [{instancePath:instancePath+"/DBSnapshotAttributesResult",schemaPath:"#/properties/DBSnapshotAttributesResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.DBSnapshotAttributes !== undefined){
let data1 = data0.DBSnapshotAttributes;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.AttributeName !== undefined){
const _errs7 = errors;
if(typeof data2.AttributeName !== "string"){
validate62.errors = [{instancePath:instancePath+"/DBSnapshotAttributesResult/DBSnapshotAttributes/" + i0+"/AttributeName",schemaPath:"#/properties/DBSnapshotAttributesResult/properties/DBSnapshotAttributes/items/properties/AttributeName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.AttributeValues !== undefined){
let data4 = data2.AttributeValues;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid4 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs11 = errors;
if(typeof data4[i1] !== "string"){
validate62.errors = [{instancePath:instancePath+"/DBSnapshotAttributesResult/DBSnapshotAttributes/" + i0+"/AttributeValues/" + i1,schemaPath:"#/properties/DBSnapshotAttributesResult/properties/DBSnapshotAttributes/items/properties/AttributeValues/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs11 === errors;
if(!valid4){
break;
}
}
}
else {
validate62.errors = [{instancePath:instancePath+"/DBSnapshotAttributesResult/DBSnapshotAttributes/" + i0+"/AttributeValues",schemaPath:"#/properties/DBSnapshotAttributesResult/properties/DBSnapshotAttributes/items/properties/AttributeValues/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
}
}
else {
validate62.errors = [{instancePath:instancePath+"/DBSnapshotAttributesResult/DBSnapshotAttributes/" + i0,schemaPath:"#/properties/DBSnapshotAttributesResult/properties/DBSnapshotAttributes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs5 === errors;
if(!valid2){
break;
}
}
}
else {
validate62.errors = [{instancePath:instancePath+"/DBSnapshotAttributesResult/DBSnapshotAttributes",schemaPath:"#/properties/DBSnapshotAttributesResult/properties/DBSnapshotAttributes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate62.errors = [{instancePath:instancePath+"/DBSnapshotAttributesResult",schemaPath:"#/properties/DBSnapshotAttributesResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate62.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate62.errors = vErrors;
return errors === 0;
}

export const v53 = validate63;
const schema64 = {"type":"object","properties":{"DBSnapshots":{"type":"array","items":{"type":"object","properties":{"DBSnapshotIdentifier":{"type":"string"},"DBSnapshotArn":{"type":"string"},"SnapshotType":{"type":"string"},"Encrypted":{"type":"boolean"},"KmsKeyId":{"type":"string"}},"required":["DBSnapshotIdentifier"]}},"Marker":{"type":"string"}},"required":["DBSnapshots"]};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.DBSnapshots === undefined) && (missing0 = "DBSnapshots")){
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.DBSnapshots !== undefined){
let data0 = data.DBSnapshots;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.DBSnapshotIdentifier === undefined) && (missing1 = "DBSnapshotIdentifier")){
validate63.errors = [{instancePath:instancePath+"/DBSnapshots/" + i0,schemaPath:"#/properties/DBSnapshots/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.DBSnapshotIdentifier !== undefined){
const _errs5 = errors;
if(typeof data1.DBSnapshotIdentifier !== "string"){
validate63.errors = [{instancePath:instancePath+"/DBSnapshots/" + i0+"/DBSnapshotIdentifier",schemaPath:"#/properties/DBSnapshots/items/properties/DBSnapshotIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.DBSnapshotArn !== undefined){
const _errs7 = errors;
if(typeof data1.DBSnapshotArn !== "string"){
validate63.errors = [{instancePath:instancePath+"/DBSnapshots/" + i0+"/DBSnapshotArn",schemaPath:"#/properties/DBSnapshots/items/properties/DBSnapshotArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.SnapshotType !== undefined){
const _errs9 = errors;
if(typeof data1.SnapshotType !== "string"){
validate63.errors = [{instancePath:instancePath+"/DBSnapshots/" + i0+"/SnapshotType",schemaPath:"#/properties/DBSnapshots/items/properties/SnapshotType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Encrypted !== undefined){
const _errs11 = errors;
if(typeof data1.Encrypted !== "boolean"){
validate63.errors = [{instancePath:instancePath+"/DBSnapshots/" + i0+"/Encrypted",schemaPath:"#/properties/DBSnapshots/items/properties/Encrypted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KmsKeyId !== undefined){
const _errs13 = errors;
if(typeof data1.KmsKeyId !== "string"){
validate63.errors = [{instancePath:instancePath+"/DBSnapshots/" + i0+"/KmsKeyId",schemaPath:"#/properties/DBSnapshots/items/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/DBSnapshots/" + i0,schemaPath:"#/properties/DBSnapshots/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/DBSnapshots",schemaPath:"#/properties/DBSnapshots/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Marker !== undefined){
const _errs15 = errors;
if(typeof data.Marker !== "string"){
validate63.errors = [{instancePath:instancePath+"/Marker",schemaPath:"#/properties/Marker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}

export const v54 = validate64;
const schema65 = {"type":"object","properties":{"Parameters":{"type":"array","items":{"type":"object","properties":{"ParameterName":{"type":"string"},"ParameterValue":{"type":"string"},"Source":{"type":"string"}},"required":[]}},"Marker":{"type":"string"}},"required":["Parameters"]};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Parameters === undefined) && (missing0 = "Parameters")){
validate64.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Parameters !== undefined){
let data0 = data.Parameters;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.ParameterName !== undefined){
const _errs5 = errors;
if(typeof data1.ParameterName !== "string"){
validate64.errors = [{instancePath:instancePath+"/Parameters/" + i0+"/ParameterName",schemaPath:"#/properties/Parameters/items/properties/ParameterName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.ParameterValue !== undefined){
const _errs7 = errors;
if(typeof data1.ParameterValue !== "string"){
validate64.errors = [{instancePath:instancePath+"/Parameters/" + i0+"/ParameterValue",schemaPath:"#/properties/Parameters/items/properties/ParameterValue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Source !== undefined){
const _errs9 = errors;
if(typeof data1.Source !== "string"){
validate64.errors = [{instancePath:instancePath+"/Parameters/" + i0+"/Source",schemaPath:"#/properties/Parameters/items/properties/Source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate64.errors = [{instancePath:instancePath+"/Parameters/" + i0,schemaPath:"#/properties/Parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate64.errors = [{instancePath:instancePath+"/Parameters",schemaPath:"#/properties/Parameters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Marker !== undefined){
const _errs11 = errors;
if(typeof data.Marker !== "string"){
validate64.errors = [{instancePath:instancePath+"/Marker",schemaPath:"#/properties/Marker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate64.errors = vErrors;
return errors === 0;
}

export const v55 = validate65;
const schema66 = {"type":"object","properties":{"Clusters":{"type":"array","items":{"type":"object","properties":{"ClusterIdentifier":{"type":"string"},"Encrypted":{"type":"boolean"},"KmsKeyId":{"type":"string"},"ClusterParameterGroups":{"type":"array","items":{"type":"object","properties":{"ParameterGroupName":{"type":"string"},"ParameterApplyStatus":{"type":"string"}},"required":[]}},"ClusterCreateTime":{"sdkDate":true}},"required":["ClusterIdentifier"]}},"Marker":{"type":"string"}},"required":["Clusters"]};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Clusters === undefined) && (missing0 = "Clusters")){
validate65.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Clusters !== undefined){
let data0 = data.Clusters;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.ClusterIdentifier === undefined) && (missing1 = "ClusterIdentifier")){
validate65.errors = [{instancePath:instancePath+"/Clusters/" + i0,schemaPath:"#/properties/Clusters/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.ClusterIdentifier !== undefined){
const _errs5 = errors;
if(typeof data1.ClusterIdentifier !== "string"){
validate65.errors = [{instancePath:instancePath+"/Clusters/" + i0+"/ClusterIdentifier",schemaPath:"#/properties/Clusters/items/properties/ClusterIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Encrypted !== undefined){
const _errs7 = errors;
if(typeof data1.Encrypted !== "boolean"){
validate65.errors = [{instancePath:instancePath+"/Clusters/" + i0+"/Encrypted",schemaPath:"#/properties/Clusters/items/properties/Encrypted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KmsKeyId !== undefined){
const _errs9 = errors;
if(typeof data1.KmsKeyId !== "string"){
validate65.errors = [{instancePath:instancePath+"/Clusters/" + i0+"/KmsKeyId",schemaPath:"#/properties/Clusters/items/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.ClusterParameterGroups !== undefined){
let data5 = data1.ClusterParameterGroups;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid3 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs13 = errors;
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.ParameterGroupName !== undefined){
const _errs15 = errors;
if(typeof data6.ParameterGroupName !== "string"){
validate65.errors = [{instancePath:instancePath+"/Clusters/" + i0+"/ClusterParameterGroups/" + i1+"/ParameterGroupName",schemaPath:"#/properties/Clusters/items/properties/ClusterParameterGroups/items/properties/ParameterGroupName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.ParameterApplyStatus !== undefined){
const _errs17 = errors;
if(typeof data6.ParameterApplyStatus !== "string"){
validate65.errors = [{instancePath:instancePath+"/Clusters/" + i0+"/ClusterParameterGroups/" + i1+"/ParameterApplyStatus",schemaPath:"#/properties/Clusters/items/properties/ClusterParameterGroups/items/properties/ParameterApplyStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/Clusters/" + i0+"/ClusterParameterGroups/" + i1,schemaPath:"#/properties/Clusters/items/properties/ClusterParameterGroups/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/Clusters/" + i0+"/ClusterParameterGroups",schemaPath:"#/properties/Clusters/items/properties/ClusterParameterGroups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.ClusterCreateTime !== undefined){
let data9 = data1.ClusterCreateTime;
const _errs19 = errors;
if(!(data9 instanceof Date) || Number.isNaN(data9.getTime())){
validate65.errors = [{instancePath:instancePath+"/Clusters/" + i0+"/ClusterCreateTime",schemaPath:"#/properties/Clusters/items/properties/ClusterCreateTime/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/Clusters/" + i0,schemaPath:"#/properties/Clusters/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/Clusters",schemaPath:"#/properties/Clusters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Marker !== undefined){
const _errs20 = errors;
if(typeof data.Marker !== "string"){
validate65.errors = [{instancePath:instancePath+"/Marker",schemaPath:"#/properties/Marker/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate65.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate65.errors = vErrors;
return errors === 0;
}

export const v56 = validate66;
const schema67 = {"type":"object","properties":{"ServerSideEncryptionConfiguration":{"type":"object","properties":{"Rules":{"type":"array","items":{"type":"object","properties":{"ApplyServerSideEncryptionByDefault":{"type":"object","properties":{"SSEAlgorithm":{"type":"string"},"KMSMasterKeyID":{"type":"string"}},"required":["SSEAlgorithm"]},"BucketKeyEnabled":{"type":"boolean"}},"required":[]}}},"required":["Rules"]}},"required":["ServerSideEncryptionConfiguration"]};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.ServerSideEncryptionConfiguration === undefined) && (missing0 = "ServerSideEncryptionConfiguration")){
validate66.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.ServerSideEncryptionConfiguration !== undefined){
let data0 = data.ServerSideEncryptionConfiguration;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.Rules === undefined) && (missing1 = "Rules")){
validate66.errors = [{instancePath:instancePath+"/ServerSideEncryptionConfiguration",schemaPath:"#/properties/ServerSideEncryptionConfiguration/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.Rules !== undefined){
let data1 = data0.Rules;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.ApplyServerSideEncryptionByDefault !== undefined){
let data3 = data2.ApplyServerSideEncryptionByDefault;
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if((data3.SSEAlgorithm === undefined) && (missing2 = "SSEAlgorithm")){
validate66.errors = [{instancePath:instancePath+"/ServerSideEncryptionConfiguration/Rules/" + i0+"/ApplyServerSideEncryptionByDefault",schemaPath:"#/properties/ServerSideEncryptionConfiguration/properties/Rules/items/properties/ApplyServerSideEncryptionByDefault/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data3.SSEAlgorithm !== undefined){
const _errs9 = errors;
if(typeof data3.SSEAlgorithm !== "string"){
validate66.errors = [{instancePath:instancePath+"/ServerSideEncryptionConfiguration/Rules/" + i0+"/ApplyServerSideEncryptionByDefault/SSEAlgorithm",schemaPath:"#/properties/ServerSideEncryptionConfiguration/properties/Rules/items/properties/ApplyServerSideEncryptionByDefault/properties/SSEAlgorithm/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs9 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.KMSMasterKeyID !== undefined){
const _errs11 = errors;
if(typeof data3.KMSMasterKeyID !== "string"){
validate66.errors = [{instancePath:instancePath+"/ServerSideEncryptionConfiguration/Rules/" + i0+"/ApplyServerSideEncryptionByDefault/KMSMasterKeyID",schemaPath:"#/properties/ServerSideEncryptionConfiguration/properties/Rules/items/properties/ApplyServerSideEncryptionByDefault/properties/KMSMasterKeyID/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/ServerSideEncryptionConfiguration/Rules/" + i0+"/ApplyServerSideEncryptionByDefault",schemaPath:"#/properties/ServerSideEncryptionConfiguration/properties/Rules/items/properties/ApplyServerSideEncryptionByDefault/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.BucketKeyEnabled !== undefined){
const _errs13 = errors;
if(typeof data2.BucketKeyEnabled !== "boolean"){
validate66.errors = [{instancePath:instancePath+"/ServerSideEncryptionConfiguration/Rules/" + i0+"/BucketKeyEnabled",schemaPath:"#/properties/ServerSideEncryptionConfiguration/properties/Rules/items/properties/BucketKeyEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/ServerSideEncryptionConfiguration/Rules/" + i0,schemaPath:"#/properties/ServerSideEncryptionConfiguration/properties/Rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs5 === errors;
if(!valid2){
break;
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/ServerSideEncryptionConfiguration/Rules",schemaPath:"#/properties/ServerSideEncryptionConfiguration/properties/Rules/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/ServerSideEncryptionConfiguration",schemaPath:"#/properties/ServerSideEncryptionConfiguration/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate66.errors = vErrors;
return errors === 0;
}

export const v57 = validate67;
const schema68 = {"type":"object","properties":{"LocationConstraint":{"type":"string"}},"required":[]};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.LocationConstraint !== undefined){
if(typeof data.LocationConstraint !== "string"){
validate67.errors = [{instancePath:instancePath+"/LocationConstraint",schemaPath:"#/properties/LocationConstraint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate67.errors = vErrors;
return errors === 0;
}

export const v58 = validate68;
const schema69 = {"type":"object","properties":{"Policy":{"type":"string","policyDocument":true}},"required":["Policy"]};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Policy === undefined) && (missing0 = "Policy")){
validate68.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Policy !== undefined){
let data0 = data.Policy;
if(typeof data0 !== "string"){
validate68.errors = [{instancePath:instancePath+"/Policy",schemaPath:"#/properties/Policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!func2(data0)){
validate68.errors = [{instancePath:instancePath+"/Policy",schemaPath:"#/properties/Policy/policyDocument",keyword:"policyDocument",params:{},message:"must pass \"policyDocument\" keyword validation"}];
return false;
}
}
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate68.errors = vErrors;
return errors === 0;
}

export const v59 = validate69;
const schema70 = {"type":"object","properties":{"ReplicationConfiguration":{"type":"object","properties":{"Role":{"type":"string"},"Rules":{"type":"array","items":{"type":"object","properties":{"Status":{"type":"string"}},"required":[]}}},"required":["Rules"]}},"required":["ReplicationConfiguration"]};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.ReplicationConfiguration === undefined) && (missing0 = "ReplicationConfiguration")){
validate69.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.ReplicationConfiguration !== undefined){
let data0 = data.ReplicationConfiguration;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.Rules === undefined) && (missing1 = "Rules")){
validate69.errors = [{instancePath:instancePath+"/ReplicationConfiguration",schemaPath:"#/properties/ReplicationConfiguration/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.Role !== undefined){
const _errs3 = errors;
if(typeof data0.Role !== "string"){
validate69.errors = [{instancePath:instancePath+"/ReplicationConfiguration/Role",schemaPath:"#/properties/ReplicationConfiguration/properties/Role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.Rules !== undefined){
let data2 = data0.Rules;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.Status !== undefined){
if(typeof data3.Status !== "string"){
validate69.errors = [{instancePath:instancePath+"/ReplicationConfiguration/Rules/" + i0+"/Status",schemaPath:"#/properties/ReplicationConfiguration/properties/Rules/items/properties/Status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/ReplicationConfiguration/Rules/" + i0,schemaPath:"#/properties/ReplicationConfiguration/properties/Rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/ReplicationConfiguration/Rules",schemaPath:"#/properties/ReplicationConfiguration/properties/Rules/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/ReplicationConfiguration",schemaPath:"#/properties/ReplicationConfiguration/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate69.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate69.errors = vErrors;
return errors === 0;
}

export const v60 = validate70;
const schema71 = {"type":"object","properties":{"Status":{"type":"string"},"MFADelete":{"type":"string"}},"required":[]};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Status !== undefined){
const _errs1 = errors;
if(typeof data.Status !== "string"){
validate70.errors = [{instancePath:instancePath+"/Status",schemaPath:"#/properties/Status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.MFADelete !== undefined){
const _errs3 = errors;
if(typeof data.MFADelete !== "string"){
validate70.errors = [{instancePath:instancePath+"/MFADelete",schemaPath:"#/properties/MFADelete/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate70.errors = vErrors;
return errors === 0;
}

export const v61 = validate71;
const schema72 = {"type":"object","properties":{"Buckets":{"type":"array","items":{"type":"object","properties":{"Name":{"type":"string"},"BucketRegion":{"type":"string"},"CreationDate":{"sdkDate":true}},"required":["Name"]}},"ContinuationToken":{"type":"string"}},"required":["Buckets"]};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Buckets === undefined) && (missing0 = "Buckets")){
validate71.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Buckets !== undefined){
let data0 = data.Buckets;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.Name === undefined) && (missing1 = "Name")){
validate71.errors = [{instancePath:instancePath+"/Buckets/" + i0,schemaPath:"#/properties/Buckets/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.Name !== undefined){
const _errs5 = errors;
if(typeof data1.Name !== "string"){
validate71.errors = [{instancePath:instancePath+"/Buckets/" + i0+"/Name",schemaPath:"#/properties/Buckets/items/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.BucketRegion !== undefined){
const _errs7 = errors;
if(typeof data1.BucketRegion !== "string"){
validate71.errors = [{instancePath:instancePath+"/Buckets/" + i0+"/BucketRegion",schemaPath:"#/properties/Buckets/items/properties/BucketRegion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.CreationDate !== undefined){
let data4 = data1.CreationDate;
const _errs9 = errors;
if(!(data4 instanceof Date) || Number.isNaN(data4.getTime())){
validate71.errors = [{instancePath:instancePath+"/Buckets/" + i0+"/CreationDate",schemaPath:"#/properties/Buckets/items/properties/CreationDate/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/Buckets/" + i0,schemaPath:"#/properties/Buckets/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/Buckets",schemaPath:"#/properties/Buckets/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ContinuationToken !== undefined){
const _errs10 = errors;
if(typeof data.ContinuationToken !== "string"){
validate71.errors = [{instancePath:instancePath+"/ContinuationToken",schemaPath:"#/properties/ContinuationToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate71.errors = vErrors;
return errors === 0;
}

export const v62 = validate72;
const schema73 = {"type":"object","properties":{"SecretList":{"type":"array","items":{"type":"object","properties":{"ARN":{"type":"string"},"Name":{"type":"string"},"KmsKeyId":{"type":"string"},"RotationEnabled":{"type":"boolean"},"RotationRules":{"type":"object","properties":{"AutomaticallyAfterDays":{"type":"number"},"ScheduleExpression":{"type":"string"}},"required":[]},"LastRotatedDate":{"sdkDate":true},"NextRotationDate":{"sdkDate":true},"CreatedDate":{"sdkDate":true}},"required":["ARN"]}},"NextToken":{"type":"string"}},"required":["SecretList"]};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.SecretList === undefined) && (missing0 = "SecretList")){
validate72.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.SecretList !== undefined){
let data0 = data.SecretList;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.ARN === undefined) && (missing1 = "ARN")){
validate72.errors = [{instancePath:instancePath+"/SecretList/" + i0,schemaPath:"#/properties/SecretList/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.ARN !== undefined){
const _errs5 = errors;
if(typeof data1.ARN !== "string"){
validate72.errors = [{instancePath:instancePath+"/SecretList/" + i0+"/ARN",schemaPath:"#/properties/SecretList/items/properties/ARN/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Name !== undefined){
const _errs7 = errors;
if(typeof data1.Name !== "string"){
validate72.errors = [{instancePath:instancePath+"/SecretList/" + i0+"/Name",schemaPath:"#/properties/SecretList/items/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KmsKeyId !== undefined){
const _errs9 = errors;
if(typeof data1.KmsKeyId !== "string"){
validate72.errors = [{instancePath:instancePath+"/SecretList/" + i0+"/KmsKeyId",schemaPath:"#/properties/SecretList/items/properties/KmsKeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.RotationEnabled !== undefined){
const _errs11 = errors;
if(typeof data1.RotationEnabled !== "boolean"){
validate72.errors = [{instancePath:instancePath+"/SecretList/" + i0+"/RotationEnabled",schemaPath:"#/properties/SecretList/items/properties/RotationEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.RotationRules !== undefined){
let data6 = data1.RotationRules;
const _errs13 = errors;
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.AutomaticallyAfterDays !== undefined){
let data7 = data6.AutomaticallyAfterDays;
const _errs15 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate72.errors = [{instancePath:instancePath+"/SecretList/" + i0+"/RotationRules/AutomaticallyAfterDays",schemaPath:"#/properties/SecretList/items/properties/RotationRules/properties/AutomaticallyAfterDays/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.ScheduleExpression !== undefined){
const _errs17 = errors;
if(typeof data6.ScheduleExpression !== "string"){
validate72.errors = [{instancePath:instancePath+"/SecretList/" + i0+"/RotationRules/ScheduleExpression",schemaPath:"#/properties/SecretList/items/properties/RotationRules/properties/ScheduleExpression/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/SecretList/" + i0+"/RotationRules",schemaPath:"#/properties/SecretList/items/properties/RotationRules/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.LastRotatedDate !== undefined){
let data9 = data1.LastRotatedDate;
const _errs19 = errors;
if(!(data9 instanceof Date) || Number.isNaN(data9.getTime())){
validate72.errors = [{instancePath:instancePath+"/SecretList/" + i0+"/LastRotatedDate",schemaPath:"#/properties/SecretList/items/properties/LastRotatedDate/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.NextRotationDate !== undefined){
let data10 = data1.NextRotationDate;
const _errs20 = errors;
if(!(data10 instanceof Date) || Number.isNaN(data10.getTime())){
validate72.errors = [{instancePath:instancePath+"/SecretList/" + i0+"/NextRotationDate",schemaPath:"#/properties/SecretList/items/properties/NextRotationDate/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.CreatedDate !== undefined){
let data11 = data1.CreatedDate;
const _errs21 = errors;
if(!(data11 instanceof Date) || Number.isNaN(data11.getTime())){
validate72.errors = [{instancePath:instancePath+"/SecretList/" + i0+"/CreatedDate",schemaPath:"#/properties/SecretList/items/properties/CreatedDate/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/SecretList/" + i0,schemaPath:"#/properties/SecretList/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/SecretList",schemaPath:"#/properties/SecretList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs22 = errors;
if(typeof data.NextToken !== "string"){
validate72.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}

export const v63 = validate73;
const schema74 = {"type":"object","properties":{"Attributes":{"type":"object","additionalProperties":{"type":"string"}}},"required":[]};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Attributes !== undefined){
let data0 = data.Attributes;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
const _errs4 = errors;
if(typeof data0[key0] !== "string"){
validate73.errors = [{instancePath:instancePath+"/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Attributes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate73.errors = [{instancePath:instancePath+"/Attributes",schemaPath:"#/properties/Attributes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
else {
validate73.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate73.errors = vErrors;
return errors === 0;
}

export const v64 = validate74;
const schema75 = {"type":"object","properties":{"Topics":{"type":"array","items":{"type":"object","properties":{"TopicArn":{"type":"string"}},"required":["TopicArn"]}},"NextToken":{"type":"string"}},"required":[]};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Topics !== undefined){
let data0 = data.Topics;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if((data1.TopicArn === undefined) && (missing0 = "TopicArn")){
validate74.errors = [{instancePath:instancePath+"/Topics/" + i0,schemaPath:"#/properties/Topics/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data1.TopicArn !== undefined){
if(typeof data1.TopicArn !== "string"){
validate74.errors = [{instancePath:instancePath+"/Topics/" + i0+"/TopicArn",schemaPath:"#/properties/Topics/items/properties/TopicArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate74.errors = [{instancePath:instancePath+"/Topics/" + i0,schemaPath:"#/properties/Topics/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate74.errors = [{instancePath:instancePath+"/Topics",schemaPath:"#/properties/Topics/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs7 = errors;
if(typeof data.NextToken !== "string"){
validate74.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate74.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate74.errors = vErrors;
return errors === 0;
}

export const v65 = validate75;
const schema76 = {"type":"object","properties":{"Attributes":{"type":"object","additionalProperties":{"type":"string"}}},"required":[]};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Attributes !== undefined){
let data0 = data.Attributes;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
const _errs4 = errors;
if(typeof data0[key0] !== "string"){
validate75.errors = [{instancePath:instancePath+"/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Attributes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate75.errors = [{instancePath:instancePath+"/Attributes",schemaPath:"#/properties/Attributes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
else {
validate75.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate75.errors = vErrors;
return errors === 0;
}

export const v66 = validate76;
const schema77 = {"type":"object","properties":{"QueueUrls":{"type":"array","items":{"type":"string"}},"NextToken":{"type":"string"}},"required":[]};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.QueueUrls !== undefined){
let data0 = data.QueueUrls;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(typeof data0[i0] !== "string"){
validate76.errors = [{instancePath:instancePath+"/QueueUrls/" + i0,schemaPath:"#/properties/QueueUrls/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate76.errors = [{instancePath:instancePath+"/QueueUrls",schemaPath:"#/properties/QueueUrls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs5 = errors;
if(typeof data.NextToken !== "string"){
validate76.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate76.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate76.errors = vErrors;
return errors === 0;
}

export const v67 = validate77;
const schema78 = {"type":"object","properties":{"Parameters":{"type":"array","items":{"type":"object","properties":{"Name":{"type":"string"},"ARN":{"type":"string"},"Type":{"type":"string"},"KeyId":{"type":"string"},"Version":{"type":"number"},"LastModifiedDate":{"sdkDate":true}},"required":["Name"]}},"NextToken":{"type":"string"}},"required":["Parameters"]};

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Parameters === undefined) && (missing0 = "Parameters")){
validate77.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Parameters !== undefined){
let data0 = data.Parameters;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.Name === undefined) && (missing1 = "Name")){
validate77.errors = [{instancePath:instancePath+"/Parameters/" + i0,schemaPath:"#/properties/Parameters/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.Name !== undefined){
const _errs5 = errors;
if(typeof data1.Name !== "string"){
validate77.errors = [{instancePath:instancePath+"/Parameters/" + i0+"/Name",schemaPath:"#/properties/Parameters/items/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.ARN !== undefined){
const _errs7 = errors;
if(typeof data1.ARN !== "string"){
validate77.errors = [{instancePath:instancePath+"/Parameters/" + i0+"/ARN",schemaPath:"#/properties/Parameters/items/properties/ARN/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Type !== undefined){
const _errs9 = errors;
if(typeof data1.Type !== "string"){
validate77.errors = [{instancePath:instancePath+"/Parameters/" + i0+"/Type",schemaPath:"#/properties/Parameters/items/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.KeyId !== undefined){
const _errs11 = errors;
if(typeof data1.KeyId !== "string"){
validate77.errors = [{instancePath:instancePath+"/Parameters/" + i0+"/KeyId",schemaPath:"#/properties/Parameters/items/properties/KeyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Version !== undefined){
let data6 = data1.Version;
const _errs13 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate77.errors = [{instancePath:instancePath+"/Parameters/" + i0+"/Version",schemaPath:"#/properties/Parameters/items/properties/Version/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.LastModifiedDate !== undefined){
let data7 = data1.LastModifiedDate;
const _errs15 = errors;
if(!(data7 instanceof Date) || Number.isNaN(data7.getTime())){
validate77.errors = [{instancePath:instancePath+"/Parameters/" + i0+"/LastModifiedDate",schemaPath:"#/properties/Parameters/items/properties/LastModifiedDate/sdkDate",keyword:"sdkDate",params:{},message:"must pass \"sdkDate\" keyword validation"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
else {
validate77.errors = [{instancePath:instancePath+"/Parameters/" + i0,schemaPath:"#/properties/Parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate77.errors = [{instancePath:instancePath+"/Parameters",schemaPath:"#/properties/Parameters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextToken !== undefined){
const _errs16 = errors;
if(typeof data.NextToken !== "string"){
validate77.errors = [{instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate77.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate77.errors = vErrors;
return errors === 0;
}

export const v68 = validate78;
const schema79 = {"type":"object","properties":{"Account":{"type":"string"},"Arn":{"type":"string"},"UserId":{"type":"string"}},"required":["Account","Arn"]};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.Account === undefined) && (missing0 = "Account")) || ((data.Arn === undefined) && (missing0 = "Arn"))){
validate78.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Account !== undefined){
const _errs1 = errors;
if(typeof data.Account !== "string"){
validate78.errors = [{instancePath:instancePath+"/Account",schemaPath:"#/properties/Account/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Arn !== undefined){
const _errs3 = errors;
if(typeof data.Arn !== "string"){
validate78.errors = [{instancePath:instancePath+"/Arn",schemaPath:"#/properties/Arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.UserId !== undefined){
const _errs5 = errors;
if(typeof data.UserId !== "string"){
validate78.errors = [{instancePath:instancePath+"/UserId",schemaPath:"#/properties/UserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate78.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate78.errors = vErrors;
return errors === 0;
}
/** `client:Operation` -> [validator, the JSON of the shape it was compiled from]. */
export const PRECOMPILED = {
  "acm:DescribeCertificate": [v0, "{\"type\":\"object\",\"properties\":{\"Certificate\":{\"type\":\"object\",\"properties\":{\"CertificateArn\":{\"type\":\"string\"},\"Status\":{\"type\":\"string\"},\"Type\":{\"type\":\"string\"},\"NotAfter\":{\"sdkDate\":true},\"InUseBy\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"KeyAlgorithm\":{\"type\":\"string\"},\"RenewalEligibility\":{\"type\":\"string\"}},\"required\":[\"CertificateArn\"]}},\"required\":[\"Certificate\"]}"],
  "acm:ListCertificates": [v1, "{\"type\":\"object\",\"properties\":{\"CertificateSummaryList\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"CertificateArn\":{\"type\":\"string\"},\"DomainName\":{\"type\":\"string\"},\"NotAfter\":{\"sdkDate\":true}},\"required\":[\"CertificateArn\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"CertificateSummaryList\"]}"],
  "apigateway:GetDomainNames": [v2, "{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"domainName\":{\"type\":\"string\"},\"domainNameArn\":{\"type\":\"string\"},\"certificateArn\":{\"type\":\"string\"},\"regionalCertificateArn\":{\"type\":\"string\"},\"securityPolicy\":{\"type\":\"string\"},\"endpointConfiguration\":{\"type\":\"object\",\"properties\":{\"types\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[]}},\"required\":[\"domainName\"]}},\"position\":{\"type\":\"string\"}},\"required\":[\"items\"]}"],
  "apigatewayv2:GetDomainNames": [v3, "{\"type\":\"object\",\"properties\":{\"Items\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"DomainName\":{\"type\":\"string\"},\"DomainNameArn\":{\"type\":\"string\"},\"DomainNameConfigurations\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"CertificateArn\":{\"type\":\"string\"},\"EndpointType\":{\"type\":\"string\"},\"SecurityPolicy\":{\"type\":\"string\"}},\"required\":[]}}},\"required\":[\"DomainName\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"Items\"]}"],
  "backup:ListBackupVaults": [v4, "{\"type\":\"object\",\"properties\":{\"BackupVaultList\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"BackupVaultName\":{\"type\":\"string\"},\"BackupVaultArn\":{\"type\":\"string\"},\"VaultType\":{\"type\":\"string\"},\"VaultState\":{\"type\":\"string\"},\"EncryptionKeyArn\":{\"type\":\"string\"},\"Locked\":{\"type\":\"boolean\"},\"NumberOfRecoveryPoints\":{\"type\":\"number\"},\"MinRetentionDays\":{\"type\":\"number\"},\"MaxRetentionDays\":{\"type\":\"number\"},\"CreationDate\":{\"sdkDate\":true}},\"required\":[\"BackupVaultArn\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"BackupVaultList\"]}"],
  "cloudfront:ListDistributions": [v5, "{\"type\":\"object\",\"properties\":{\"DistributionList\":{\"type\":\"object\",\"properties\":{\"Items\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Id\":{\"type\":\"string\"},\"ARN\":{\"type\":\"string\"},\"DomainName\":{\"type\":\"string\"},\"Enabled\":{\"type\":\"boolean\"},\"Aliases\":{\"type\":\"object\",\"properties\":{\"Items\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[]},\"Origins\":{\"type\":\"object\",\"properties\":{\"Items\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Id\":{\"type\":\"string\"},\"DomainName\":{\"type\":\"string\"},\"CustomOriginConfig\":{\"type\":\"object\",\"properties\":{\"OriginProtocolPolicy\":{\"type\":\"string\"},\"OriginSslProtocols\":{\"type\":\"object\",\"properties\":{\"Items\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[]}},\"required\":[]}},\"required\":[\"Id\"]}}},\"required\":[]},\"DefaultCacheBehavior\":{\"type\":\"object\",\"properties\":{\"ViewerProtocolPolicy\":{\"type\":\"string\"},\"TargetOriginId\":{\"type\":\"string\"}},\"required\":[]},\"CacheBehaviors\":{\"type\":\"object\",\"properties\":{\"Items\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"PathPattern\":{\"type\":\"string\"},\"ViewerProtocolPolicy\":{\"type\":\"string\"},\"TargetOriginId\":{\"type\":\"string\"}},\"required\":[]}}},\"required\":[]},\"ViewerCertificate\":{\"type\":\"object\",\"properties\":{\"ACMCertificateArn\":{\"type\":\"string\"},\"IAMCertificateId\":{\"type\":\"string\"},\"MinimumProtocolVersion\":{\"type\":\"string\"}},\"required\":[]}},\"required\":[\"Id\"]}},\"IsTruncated\":{\"type\":\"boolean\"},\"NextMarker\":{\"type\":\"string\"}},\"required\":[\"IsTruncated\"]}},\"required\":[\"DistributionList\"]}"],
  "cloudtrail:DescribeTrails": [v6, "{\"type\":\"object\",\"properties\":{\"trailList\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Name\":{\"type\":\"string\"},\"TrailARN\":{\"type\":\"string\"},\"HomeRegion\":{\"type\":\"string\"},\"KmsKeyId\":{\"type\":\"string\"},\"IsMultiRegionTrail\":{\"type\":\"boolean\"},\"IsOrganizationTrail\":{\"type\":\"boolean\"}},\"required\":[\"TrailARN\"]}}},\"required\":[\"trailList\"]}"],
  "cloudtrail:GetEventSelectors": [v7, "{\"type\":\"object\",\"properties\":{\"TrailARN\":{\"type\":\"string\"},\"EventSelectors\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{},\"required\":[]}},\"AdvancedEventSelectors\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{},\"required\":[]}}},\"required\":[]}"],
  "cloudtrail:GetTrailStatus": [v8, "{\"type\":\"object\",\"properties\":{\"IsLogging\":{\"type\":\"boolean\"}},\"required\":[\"IsLogging\"]}"],
  "dynamodb:DescribeTable": [v9, "{\"type\":\"object\",\"properties\":{\"Table\":{\"type\":\"object\",\"properties\":{\"TableName\":{\"type\":\"string\"},\"TableArn\":{\"type\":\"string\"},\"TableStatus\":{\"type\":\"string\"},\"SSEDescription\":{\"type\":\"object\",\"properties\":{\"Status\":{\"type\":\"string\"},\"SSEType\":{\"type\":\"string\"},\"KMSMasterKeyArn\":{\"type\":\"string\"},\"InaccessibleEncryptionDateTime\":{\"sdkDate\":true}},\"required\":[]},\"Replicas\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"RegionName\":{\"type\":\"string\"},\"ReplicaStatus\":{\"type\":\"string\"},\"KMSMasterKeyId\":{\"type\":\"string\"}},\"required\":[\"RegionName\"]}},\"GlobalTableVersion\":{\"type\":\"string\"},\"DeletionProtectionEnabled\":{\"type\":\"boolean\"}},\"required\":[\"TableName\"]}},\"required\":[\"Table\"]}"],
  "dynamodb:ListTables": [v10, "{\"type\":\"object\",\"properties\":{\"TableNames\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"LastEvaluatedTableName\":{\"type\":\"string\"}},\"required\":[\"TableNames\"]}"],
  "ec2:DescribeImages": [v11, "{\"type\":\"object\",\"properties\":{\"Images\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"ImageId\":{\"type\":\"string\"},\"OwnerId\":{\"type\":\"string\"},\"Public\":{\"type\":\"boolean\"},\"State\":{\"type\":\"string\"},\"CreationDate\":{\"type\":\"string\"},\"BlockDeviceMappings\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"DeviceName\":{\"type\":\"string\"},\"Ebs\":{\"type\":\"object\",\"properties\":{\"SnapshotId\":{\"type\":\"string\"},\"Encrypted\":{\"type\":\"boolean\"},\"KmsKeyId\":{\"type\":\"string\"}},\"required\":[]},\"VirtualName\":{\"type\":\"string\"}},\"required\":[]}}},\"required\":[\"ImageId\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"Images\"]}"],
  "ec2:DescribeRegions": [v12, "{\"type\":\"object\",\"properties\":{\"Regions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"RegionName\":{\"type\":\"string\"},\"OptInStatus\":{\"type\":\"string\"}},\"required\":[\"RegionName\"]}}},\"required\":[\"Regions\"]}"],
  "ec2:DescribeSnapshotAttribute": [v13, "{\"type\":\"object\",\"properties\":{\"SnapshotId\":{\"type\":\"string\"},\"CreateVolumePermissions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Group\":{\"type\":\"string\"},\"UserId\":{\"type\":\"string\"}},\"required\":[]}}},\"required\":[]}"],
  "ec2:DescribeSnapshots": [v14, "{\"type\":\"object\",\"properties\":{\"Snapshots\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"SnapshotId\":{\"type\":\"string\"},\"VolumeId\":{\"type\":\"string\"},\"Encrypted\":{\"type\":\"boolean\"},\"KmsKeyId\":{\"type\":\"string\"},\"StartTime\":{\"sdkDate\":true}},\"required\":[\"SnapshotId\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"Snapshots\"]}"],
  "ec2:DescribeVolumes": [v15, "{\"type\":\"object\",\"properties\":{\"Volumes\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"VolumeId\":{\"type\":\"string\"},\"Encrypted\":{\"type\":\"boolean\"},\"KmsKeyId\":{\"type\":\"string\"},\"CreateTime\":{\"sdkDate\":true}},\"required\":[\"VolumeId\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"Volumes\"]}"],
  "ec2:GetEbsDefaultKmsKeyId": [v16, "{\"type\":\"object\",\"properties\":{\"KmsKeyId\":{\"type\":\"string\"}},\"required\":[]}"],
  "ec2:GetEbsEncryptionByDefault": [v17, "{\"type\":\"object\",\"properties\":{\"EbsEncryptionByDefault\":{\"type\":\"boolean\"}},\"required\":[\"EbsEncryptionByDefault\"]}"],
  "ec2:GetSnapshotBlockPublicAccessState": [v18, "{\"type\":\"object\",\"properties\":{\"State\":{\"type\":\"string\"}},\"required\":[\"State\"]}"],
  "ecr:DescribeRepositories": [v19, "{\"type\":\"object\",\"properties\":{\"repositories\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"repositoryArn\":{\"type\":\"string\"},\"repositoryName\":{\"type\":\"string\"},\"registryId\":{\"type\":\"string\"},\"createdAt\":{\"sdkDate\":true},\"encryptionConfiguration\":{\"type\":\"object\",\"properties\":{\"encryptionType\":{\"type\":\"string\"},\"kmsKey\":{\"type\":\"string\"}},\"required\":[\"encryptionType\"]}},\"required\":[\"repositoryArn\",\"repositoryName\"]}},\"nextToken\":{\"type\":\"string\"}},\"required\":[\"repositories\"]}"],
  "elasticache:DescribeReplicationGroups": [v20, "{\"type\":\"object\",\"properties\":{\"ReplicationGroups\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"ReplicationGroupId\":{\"type\":\"string\"},\"ARN\":{\"type\":\"string\"},\"AtRestEncryptionEnabled\":{\"type\":\"boolean\"},\"TransitEncryptionEnabled\":{\"type\":\"boolean\"},\"TransitEncryptionMode\":{\"type\":\"string\"},\"KmsKeyId\":{\"type\":\"string\"},\"MemberClusters\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"ReplicationGroupId\"]}},\"Marker\":{\"type\":\"string\"}},\"required\":[\"ReplicationGroups\"]}"],
  "elasticache:DescribeServerlessCaches": [v21, "{\"type\":\"object\",\"properties\":{\"ServerlessCaches\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"ServerlessCacheName\":{\"type\":\"string\"},\"ARN\":{\"type\":\"string\"},\"KmsKeyId\":{\"type\":\"string\"},\"StorageEncryptionType\":{\"type\":\"string\"}},\"required\":[\"ServerlessCacheName\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"ServerlessCaches\"]}"],
  "elasticfilesystem:DescribeFileSystems": [v22, "{\"type\":\"object\",\"properties\":{\"FileSystems\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"FileSystemId\":{\"type\":\"string\"},\"FileSystemArn\":{\"type\":\"string\"},\"Encrypted\":{\"type\":\"boolean\"},\"KmsKeyId\":{\"type\":\"string\"},\"NumberOfMountTargets\":{\"type\":\"number\"},\"CreationTime\":{\"sdkDate\":true}},\"required\":[\"FileSystemId\"]}},\"NextMarker\":{\"type\":\"string\"}},\"required\":[\"FileSystems\"]}"],
  "elb:DescribeLoadBalancerPolicies": [v23, "{\"type\":\"object\",\"properties\":{\"PolicyDescriptions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"PolicyName\":{\"type\":\"string\"},\"PolicyTypeName\":{\"type\":\"string\"},\"PolicyAttributeDescriptions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"AttributeName\":{\"type\":\"string\"},\"AttributeValue\":{\"type\":\"string\"}},\"required\":[]}}},\"required\":[]}}},\"required\":[\"PolicyDescriptions\"]}"],
  "elb:DescribeLoadBalancers": [v24, "{\"type\":\"object\",\"properties\":{\"LoadBalancerDescriptions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"LoadBalancerName\":{\"type\":\"string\"},\"DNSName\":{\"type\":\"string\"},\"Scheme\":{\"type\":\"string\"},\"ListenerDescriptions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Listener\":{\"type\":\"object\",\"properties\":{\"Protocol\":{\"type\":\"string\"},\"LoadBalancerPort\":{\"type\":\"number\"},\"SSLCertificateId\":{\"type\":\"string\"}},\"required\":[\"Protocol\",\"LoadBalancerPort\"]},\"PolicyNames\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[]}}},\"required\":[\"LoadBalancerName\"]}},\"NextMarker\":{\"type\":\"string\"}},\"required\":[\"LoadBalancerDescriptions\"]}"],
  "elbv2:DescribeListenerCertificates": [v25, "{\"type\":\"object\",\"properties\":{\"Certificates\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"CertificateArn\":{\"type\":\"string\"},\"IsDefault\":{\"type\":\"boolean\"}},\"required\":[]}},\"NextMarker\":{\"type\":\"string\"}},\"required\":[\"Certificates\"]}"],
  "elbv2:DescribeListeners": [v26, "{\"type\":\"object\",\"properties\":{\"Listeners\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"ListenerArn\":{\"type\":\"string\"},\"Protocol\":{\"type\":\"string\"},\"SslPolicy\":{\"type\":\"string\"},\"Certificates\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"CertificateArn\":{\"type\":\"string\"},\"IsDefault\":{\"type\":\"boolean\"}},\"required\":[]}},\"DefaultActions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Type\":{\"type\":\"string\"}},\"required\":[]}}},\"required\":[\"ListenerArn\"]}},\"NextMarker\":{\"type\":\"string\"}},\"required\":[\"Listeners\"]}"],
  "elbv2:DescribeLoadBalancers": [v27, "{\"type\":\"object\",\"properties\":{\"LoadBalancers\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"LoadBalancerArn\":{\"type\":\"string\"},\"LoadBalancerName\":{\"type\":\"string\"},\"Type\":{\"type\":\"string\"},\"Scheme\":{\"type\":\"string\"},\"DNSName\":{\"type\":\"string\"}},\"required\":[\"LoadBalancerArn\"]}},\"NextMarker\":{\"type\":\"string\"}},\"required\":[\"LoadBalancers\"]}"],
  "elbv2:DescribeSSLPolicies": [v28, "{\"type\":\"object\",\"properties\":{\"SslPolicies\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Name\":{\"type\":\"string\"},\"SslProtocols\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[]}},\"NextMarker\":{\"type\":\"string\"}},\"required\":[\"SslPolicies\"]}"],
  "es:DescribeDomains": [v29, "{\"type\":\"object\",\"properties\":{\"DomainStatusList\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"DomainName\":{\"type\":\"string\"},\"ARN\":{\"type\":\"string\"},\"DomainId\":{\"type\":\"string\"},\"EngineVersion\":{\"type\":\"string\"},\"Endpoint\":{\"type\":\"string\"},\"Deleted\":{\"type\":\"boolean\"},\"EncryptionAtRestOptions\":{\"type\":\"object\",\"properties\":{\"Enabled\":{\"type\":\"boolean\"},\"KmsKeyId\":{\"type\":\"string\"}},\"required\":[]},\"NodeToNodeEncryptionOptions\":{\"type\":\"object\",\"properties\":{\"Enabled\":{\"type\":\"boolean\"}},\"required\":[]},\"DomainEndpointOptions\":{\"type\":\"object\",\"properties\":{\"EnforceHTTPS\":{\"type\":\"boolean\"},\"TLSSecurityPolicy\":{\"type\":\"string\"},\"CustomEndpointEnabled\":{\"type\":\"boolean\"},\"CustomEndpoint\":{\"type\":\"string\"},\"CustomEndpointCertificateArn\":{\"type\":\"string\"}},\"required\":[]}},\"required\":[\"DomainName\"]}}},\"required\":[\"DomainStatusList\"]}"],
  "es:ListDomainNames": [v30, "{\"type\":\"object\",\"properties\":{\"DomainNames\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"DomainName\":{\"type\":\"string\"},\"EngineType\":{\"type\":\"string\"}},\"required\":[\"DomainName\"]}}},\"required\":[]}"],
  "iam:ListServerCertificates": [v31, "{\"type\":\"object\",\"properties\":{\"ServerCertificateMetadataList\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"ServerCertificateName\":{\"type\":\"string\"},\"ServerCertificateId\":{\"type\":\"string\"},\"Arn\":{\"type\":\"string\"},\"Path\":{\"type\":\"string\"},\"UploadDate\":{\"sdkDate\":true},\"Expiration\":{\"sdkDate\":true}},\"required\":[\"Arn\"]}},\"IsTruncated\":{\"type\":\"boolean\"},\"Marker\":{\"type\":\"string\"}},\"required\":[\"ServerCertificateMetadataList\"]}"],
  "kinesis:DescribeStreamSummary": [v32, "{\"type\":\"object\",\"properties\":{\"StreamDescriptionSummary\":{\"type\":\"object\",\"properties\":{\"StreamName\":{\"type\":\"string\"},\"StreamARN\":{\"type\":\"string\"},\"StreamStatus\":{\"type\":\"string\"},\"EncryptionType\":{\"type\":\"string\"},\"KeyId\":{\"type\":\"string\"},\"OpenShardCount\":{\"type\":\"number\"},\"RetentionPeriodHours\":{\"type\":\"number\"},\"StreamCreationTimestamp\":{\"sdkDate\":true}},\"required\":[\"StreamName\",\"StreamARN\"]}},\"required\":[\"StreamDescriptionSummary\"]}"],
  "kinesis:ListStreams": [v33, "{\"type\":\"object\",\"properties\":{\"StreamNames\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"HasMoreStreams\":{\"type\":\"boolean\"},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"StreamNames\",\"HasMoreStreams\"]}"],
  "kms:DescribeKey": [v34, "{\"type\":\"object\",\"properties\":{\"KeyMetadata\":{\"type\":\"object\",\"properties\":{\"KeyId\":{\"type\":\"string\"},\"Arn\":{\"type\":\"string\"},\"KeyState\":{\"type\":\"string\"},\"KeyManager\":{\"type\":\"string\"},\"Enabled\":{\"type\":\"boolean\"},\"MultiRegion\":{\"type\":\"boolean\"},\"CreationDate\":{\"sdkDate\":true},\"DeletionDate\":{\"sdkDate\":true}},\"required\":[\"KeyId\"]}},\"required\":[\"KeyMetadata\"]}"],
  "kms:GetKeyPolicy": [v35, "{\"type\":\"object\",\"properties\":{\"Policy\":{\"type\":\"string\",\"policyDocument\":true}},\"required\":[\"Policy\"]}"],
  "kms:GetKeyRotationStatus": [v36, "{\"type\":\"object\",\"properties\":{\"KeyRotationEnabled\":{\"type\":\"boolean\"},\"RotationPeriodInDays\":{\"type\":\"integer\"}},\"required\":[\"KeyRotationEnabled\"]}"],
  "kms:ListAliases": [v37, "{\"type\":\"object\",\"properties\":{\"Aliases\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"AliasName\":{\"type\":\"string\"},\"AliasArn\":{\"type\":\"string\"},\"TargetKeyId\":{\"type\":\"string\"}},\"required\":[\"AliasName\"]}},\"NextMarker\":{\"type\":\"string\"},\"Truncated\":{\"type\":\"boolean\"}},\"required\":[\"Aliases\"]}"],
  "kms:ListGrants": [v38, "{\"type\":\"object\",\"properties\":{\"Grants\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"GrantId\":{\"type\":\"string\"},\"GranteePrincipal\":{\"type\":\"string\"},\"Operations\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[]}},\"NextMarker\":{\"type\":\"string\"},\"Truncated\":{\"type\":\"boolean\"}},\"required\":[\"Grants\"]}"],
  "kms:ListKeys": [v39, "{\"type\":\"object\",\"properties\":{\"Keys\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"KeyId\":{\"type\":\"string\"},\"KeyArn\":{\"type\":\"string\"}},\"required\":[\"KeyId\"]}},\"NextMarker\":{\"type\":\"string\"},\"Truncated\":{\"type\":\"boolean\"}},\"required\":[\"Keys\"]}"],
  "kms:ListResourceTags": [v40, "{\"type\":\"object\",\"properties\":{\"Tags\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"TagKey\":{\"type\":\"string\"},\"TagValue\":{\"type\":\"string\"}},\"required\":[\"TagKey\"]}},\"NextMarker\":{\"type\":\"string\"},\"Truncated\":{\"type\":\"boolean\"}},\"required\":[\"Tags\"]}"],
  "lambda:ListFunctions": [v41, "{\"type\":\"object\",\"properties\":{\"Functions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"FunctionName\":{\"type\":\"string\"},\"FunctionArn\":{\"type\":\"string\"},\"KMSKeyArn\":{\"type\":\"string\"},\"Environment\":{\"type\":\"object\",\"properties\":{\"Variables\":{\"type\":\"object\"},\"Error\":{\"type\":\"object\",\"properties\":{\"ErrorCode\":{\"type\":\"string\"}},\"required\":[]}},\"required\":[]},\"PackageType\":{\"type\":\"string\"},\"Runtime\":{\"type\":\"string\"},\"LastModified\":{\"type\":\"string\"}},\"required\":[\"FunctionArn\"]}},\"NextMarker\":{\"type\":\"string\"}},\"required\":[\"Functions\"]}"],
  "logs:DescribeLogGroups": [v42, "{\"type\":\"object\",\"properties\":{\"logGroups\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"logGroupName\":{\"type\":\"string\"},\"arn\":{\"type\":\"string\"},\"logGroupArn\":{\"type\":\"string\"},\"kmsKeyId\":{\"type\":\"string\"},\"retentionInDays\":{\"type\":\"number\"},\"creationTime\":{\"type\":\"number\"}},\"required\":[\"logGroupName\"]}},\"nextToken\":{\"type\":\"string\"}},\"required\":[\"logGroups\"]}"],
  "organizations:ListAccounts": [v43, "{\"type\":\"object\",\"properties\":{\"Accounts\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Id\":{\"type\":\"string\"},\"Status\":{\"type\":\"string\"},\"State\":{\"type\":\"string\"}},\"required\":[\"Id\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"Accounts\"]}"],
  "organizations:ListAccountsForParent": [v44, "{\"type\":\"object\",\"properties\":{\"Accounts\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Id\":{\"type\":\"string\"},\"Status\":{\"type\":\"string\"},\"State\":{\"type\":\"string\"}},\"required\":[\"Id\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"Accounts\"]}"],
  "organizations:ListOrganizationalUnitsForParent": [v45, "{\"type\":\"object\",\"properties\":{\"OrganizationalUnits\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Id\":{\"type\":\"string\"}},\"required\":[\"Id\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"OrganizationalUnits\"]}"],
  "rds:DescribeCertificates": [v46, "{\"type\":\"object\",\"properties\":{\"Certificates\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"CertificateIdentifier\":{\"type\":\"string\"},\"CertificateType\":{\"type\":\"string\"},\"ValidFrom\":{\"sdkDate\":true},\"ValidTill\":{\"sdkDate\":true}},\"required\":[\"CertificateIdentifier\"]}},\"Marker\":{\"type\":\"string\"}},\"required\":[\"Certificates\"]}"],
  "rds:DescribeDBClusterParameters": [v47, "{\"type\":\"object\",\"properties\":{\"Parameters\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"ParameterName\":{\"type\":\"string\"},\"ParameterValue\":{\"type\":\"string\"},\"Source\":{\"type\":\"string\"}},\"required\":[\"ParameterName\"]}},\"Marker\":{\"type\":\"string\"}},\"required\":[\"Parameters\"]}"],
  "rds:DescribeDBClusterSnapshotAttributes": [v48, "{\"type\":\"object\",\"properties\":{\"DBClusterSnapshotAttributesResult\":{\"type\":\"object\",\"properties\":{\"DBClusterSnapshotAttributes\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"AttributeName\":{\"type\":\"string\"},\"AttributeValues\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[]}}},\"required\":[\"DBClusterSnapshotAttributes\"]}},\"required\":[\"DBClusterSnapshotAttributesResult\"]}"],
  "rds:DescribeDBClusterSnapshots": [v49, "{\"type\":\"object\",\"properties\":{\"DBClusterSnapshots\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"DBClusterSnapshotIdentifier\":{\"type\":\"string\"},\"DBClusterSnapshotArn\":{\"type\":\"string\"},\"SnapshotType\":{\"type\":\"string\"},\"StorageEncrypted\":{\"type\":\"boolean\"},\"KmsKeyId\":{\"type\":\"string\"}},\"required\":[\"DBClusterSnapshotIdentifier\"]}},\"Marker\":{\"type\":\"string\"}},\"required\":[\"DBClusterSnapshots\"]}"],
  "rds:DescribeDBClusters": [v50, "{\"type\":\"object\",\"properties\":{\"DBClusters\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"DBClusterIdentifier\":{\"type\":\"string\"},\"DBClusterArn\":{\"type\":\"string\"},\"StorageEncrypted\":{\"type\":\"boolean\"},\"KmsKeyId\":{\"type\":\"string\"}},\"required\":[\"DBClusterIdentifier\"]}},\"Marker\":{\"type\":\"string\"}},\"required\":[\"DBClusters\"]}"],
  "rds:DescribeDBInstances": [v51, "{\"type\":\"object\",\"properties\":{\"DBInstances\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"DBInstanceIdentifier\":{\"type\":\"string\"},\"DBInstanceArn\":{\"type\":\"string\"},\"StorageEncrypted\":{\"type\":\"boolean\"},\"KmsKeyId\":{\"type\":\"string\"},\"InstanceCreateTime\":{\"sdkDate\":true}},\"required\":[\"DBInstanceIdentifier\"]}},\"Marker\":{\"type\":\"string\"}},\"required\":[\"DBInstances\"]}"],
  "rds:DescribeDBParameters": [v47, "{\"type\":\"object\",\"properties\":{\"Parameters\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"ParameterName\":{\"type\":\"string\"},\"ParameterValue\":{\"type\":\"string\"},\"Source\":{\"type\":\"string\"}},\"required\":[\"ParameterName\"]}},\"Marker\":{\"type\":\"string\"}},\"required\":[\"Parameters\"]}"],
  "rds:DescribeDBSnapshotAttributes": [v52, "{\"type\":\"object\",\"properties\":{\"DBSnapshotAttributesResult\":{\"type\":\"object\",\"properties\":{\"DBSnapshotAttributes\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"AttributeName\":{\"type\":\"string\"},\"AttributeValues\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[]}}},\"required\":[\"DBSnapshotAttributes\"]}},\"required\":[\"DBSnapshotAttributesResult\"]}"],
  "rds:DescribeDBSnapshots": [v53, "{\"type\":\"object\",\"properties\":{\"DBSnapshots\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"DBSnapshotIdentifier\":{\"type\":\"string\"},\"DBSnapshotArn\":{\"type\":\"string\"},\"SnapshotType\":{\"type\":\"string\"},\"Encrypted\":{\"type\":\"boolean\"},\"KmsKeyId\":{\"type\":\"string\"}},\"required\":[\"DBSnapshotIdentifier\"]}},\"Marker\":{\"type\":\"string\"}},\"required\":[\"DBSnapshots\"]}"],
  "redshift:DescribeClusterParameters": [v54, "{\"type\":\"object\",\"properties\":{\"Parameters\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"ParameterName\":{\"type\":\"string\"},\"ParameterValue\":{\"type\":\"string\"},\"Source\":{\"type\":\"string\"}},\"required\":[]}},\"Marker\":{\"type\":\"string\"}},\"required\":[\"Parameters\"]}"],
  "redshift:DescribeClusters": [v55, "{\"type\":\"object\",\"properties\":{\"Clusters\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"ClusterIdentifier\":{\"type\":\"string\"},\"Encrypted\":{\"type\":\"boolean\"},\"KmsKeyId\":{\"type\":\"string\"},\"ClusterParameterGroups\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"ParameterGroupName\":{\"type\":\"string\"},\"ParameterApplyStatus\":{\"type\":\"string\"}},\"required\":[]}},\"ClusterCreateTime\":{\"sdkDate\":true}},\"required\":[\"ClusterIdentifier\"]}},\"Marker\":{\"type\":\"string\"}},\"required\":[\"Clusters\"]}"],
  "s3:GetBucketEncryption": [v56, "{\"type\":\"object\",\"properties\":{\"ServerSideEncryptionConfiguration\":{\"type\":\"object\",\"properties\":{\"Rules\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"ApplyServerSideEncryptionByDefault\":{\"type\":\"object\",\"properties\":{\"SSEAlgorithm\":{\"type\":\"string\"},\"KMSMasterKeyID\":{\"type\":\"string\"}},\"required\":[\"SSEAlgorithm\"]},\"BucketKeyEnabled\":{\"type\":\"boolean\"}},\"required\":[]}}},\"required\":[\"Rules\"]}},\"required\":[\"ServerSideEncryptionConfiguration\"]}"],
  "s3:GetBucketLocation": [v57, "{\"type\":\"object\",\"properties\":{\"LocationConstraint\":{\"type\":\"string\"}},\"required\":[]}"],
  "s3:GetBucketPolicy": [v58, "{\"type\":\"object\",\"properties\":{\"Policy\":{\"type\":\"string\",\"policyDocument\":true}},\"required\":[\"Policy\"]}"],
  "s3:GetBucketReplication": [v59, "{\"type\":\"object\",\"properties\":{\"ReplicationConfiguration\":{\"type\":\"object\",\"properties\":{\"Role\":{\"type\":\"string\"},\"Rules\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Status\":{\"type\":\"string\"}},\"required\":[]}}},\"required\":[\"Rules\"]}},\"required\":[\"ReplicationConfiguration\"]}"],
  "s3:GetBucketVersioning": [v60, "{\"type\":\"object\",\"properties\":{\"Status\":{\"type\":\"string\"},\"MFADelete\":{\"type\":\"string\"}},\"required\":[]}"],
  "s3:ListBuckets": [v61, "{\"type\":\"object\",\"properties\":{\"Buckets\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Name\":{\"type\":\"string\"},\"BucketRegion\":{\"type\":\"string\"},\"CreationDate\":{\"sdkDate\":true}},\"required\":[\"Name\"]}},\"ContinuationToken\":{\"type\":\"string\"}},\"required\":[\"Buckets\"]}"],
  "secretsmanager:ListSecrets": [v62, "{\"type\":\"object\",\"properties\":{\"SecretList\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"ARN\":{\"type\":\"string\"},\"Name\":{\"type\":\"string\"},\"KmsKeyId\":{\"type\":\"string\"},\"RotationEnabled\":{\"type\":\"boolean\"},\"RotationRules\":{\"type\":\"object\",\"properties\":{\"AutomaticallyAfterDays\":{\"type\":\"number\"},\"ScheduleExpression\":{\"type\":\"string\"}},\"required\":[]},\"LastRotatedDate\":{\"sdkDate\":true},\"NextRotationDate\":{\"sdkDate\":true},\"CreatedDate\":{\"sdkDate\":true}},\"required\":[\"ARN\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"SecretList\"]}"],
  "sns:GetTopicAttributes": [v63, "{\"type\":\"object\",\"properties\":{\"Attributes\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}},\"required\":[]}"],
  "sns:ListTopics": [v64, "{\"type\":\"object\",\"properties\":{\"Topics\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"TopicArn\":{\"type\":\"string\"}},\"required\":[\"TopicArn\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[]}"],
  "sqs:GetQueueAttributes": [v65, "{\"type\":\"object\",\"properties\":{\"Attributes\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}},\"required\":[]}"],
  "sqs:ListQueues": [v66, "{\"type\":\"object\",\"properties\":{\"QueueUrls\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"NextToken\":{\"type\":\"string\"}},\"required\":[]}"],
  "ssm:DescribeParameters": [v67, "{\"type\":\"object\",\"properties\":{\"Parameters\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"Name\":{\"type\":\"string\"},\"ARN\":{\"type\":\"string\"},\"Type\":{\"type\":\"string\"},\"KeyId\":{\"type\":\"string\"},\"Version\":{\"type\":\"number\"},\"LastModifiedDate\":{\"sdkDate\":true}},\"required\":[\"Name\"]}},\"NextToken\":{\"type\":\"string\"}},\"required\":[\"Parameters\"]}"],
  "sts:GetCallerIdentity": [v68, "{\"type\":\"object\",\"properties\":{\"Account\":{\"type\":\"string\"},\"Arn\":{\"type\":\"string\"},\"UserId\":{\"type\":\"string\"}},\"required\":[\"Account\",\"Arn\"]}"],
};
