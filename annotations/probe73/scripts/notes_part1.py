"""probe73 corpus notes, A01-A07 (podiatry and diabetic-foot clinic; all invented)."""

A01 = {"patient_id": "A01", "age": 63, "sex": "M", "notes": [
("2018-08-14", "Podiatry Routine Foot Care", """
PODIATRY - Eastbrook Renal/Diabetic Foot Clinic
CC: "toenails too thick to cut, can't reach them"
63M w/ T2DM on Lantus 30u qhs + lispro SSI, ESRD - dialyzes 3x/wk, Tu Th Sa shift, via a left arm fistula. Obese, BMI 33.4.
Vasc: DP 1+ bilat, PT non-palp R, faint L. CFT 3-4 sec digits. Hair growth absent distal 1/3 legs.
Neuro: SWM 10g felt 3/10 R, 4/10 L. Vibration diminished to the malleoli.
Derm: onychomycotic nails x10, yellow, 4-5mm thick w/ subungual debris. No open areas, no maceration interdigitally. Mild xerosis.
MSK: hammertoes 2-4 bilat, flexible.
Proc: nails 1-5 b/l debrided in length and girth w/ nipper + burr, no bleeding.
Footwear: extra-depth shoes, insoles worn flat - rx for new pair sent to orthotist.
RTC 10 wks. Pt verbalized understanding of daily foot inspections.
"""),
("2018-11-20", "Podiatry Visit", """
Podiatry f/u - nails due. Pt mentions something unrelated to feet that is bothering him a lot, so examined.
He reports a very tender hard area on the R outer thigh which appeared 3 weeks ago, now "going black in the middle". His wife took over his insulin after his cataract op and since Labor Day she has given every Lantus dose into that same spot on the R lateral thigh (the only place she can grab a pinch of fat, she says).
O/E: R lateral thigh: 6x4cm plaque, indurated and violaceous, dusky-black eschar in the middle approx 1.5 cm, netlike purple discoloration at margins, exquisitely tender. L thigh clear. Abd clear.
Feet: unchanged from last visit, nails trimmed again today, intact skin b/l.
A/P: exquisitely painful necrotic plaque over his insulin spot, HD-dependent - worried about calciphylaxis. Called nephrology (Dr Varga) who will see him on the unit tomorrow; derm e-consult placed. Advised wife to stop using the R thigh, use abdomen for now.
"""),
("2018-12-04", "Dermatology Consult", """
DERMATOLOGY - inpatient consult, 7 West
Asked by renal to see a R thigh lesion. Punch biopsy done at the edge 11/22. Path report: mural calcium deposits in small & medium-sized vessels of the subcutis, some occluded by thrombus; intimal thickening; necrotic fat lobules; the calcium lights up with von Kossa. Consistent with calciphylaxis.
Exam: R lateral thigh plaque now 7 x 5 cm, eschar enlarged to 2.5 cm, surrounding retiform purpura.
Assessment: biopsy-proven calciphylaxis, lesion confined to the area of the R thigh where his wife has been injecting insulin daily since early September. We suspect the daily needling set this off.
Recs: sodium thiosulfate three times weekly at the end of HD per renal; wound care with calcium alginate; no injections into thighs; pain team.
"""),
]}

A02 = {"patient_id": "A02", "age": 77, "sex": "M", "notes": [
("2022-12-28", "New Patient - Diabetic Foot", """
NEW PT - Harlow St Podiatry & Limb Preservation
Referred by dialysis unit RN for "black spot L heel".
HPI: 77 y/o M, HD-dependent ESRD (MWF chair) x4 yrs, T2DM (A1c 6.8 on linagliptin, never on insulin), AFib - anticoagulated w/ warfarin (INR was 2.4 at the unit last week). Feet always cold, so since Thanksgiving he has been sleeping w/ his wife's electric heat pad (setting 2 of 3) under both feet. Pt's dtr noticed the L heel "looked bruised" on 12/19/2022; it has since gone black and is "the worst pain I ever had".
Exam:
 Vasc - DP/PT nonpalpable b/l, doppler biphasic DP, monophasic PT L. ABI non-compressible. TBI 0.48 R / 0.41 L.
 Neuro - LOPS b/l.
 Derm - L posterior heel: 3.5x3cm black stellate eschar, firm purplish border, halo of lacy livedo extending onto the plantar heel. No drainage, no probe to bone. R heel: faint brownish reticulated mottling only, skin intact.
 BMI 26.1.
A/P:
1. L heel necrotic lesion, very painful out of proportion - ddx calciphylaxis vs ischemic heel ulcer vs thermal injury. Pt on warfarin + HD. Urgent derm for bx, vasc lab for TcPO2.
2. Heating pad: asked family to remove it from the bed entirely.
3. Heel offloading boot L dispensed today.
"""),
("2023-01-05", "Dermatology Note", """
Derm clinic. Seen with daughter.
L heel: double punch biopsy taken 12/30 from the violaceous border. Histopathology: circumferential calcium deposits in subcutaneous arterioles, microthrombi, septal panniculitis with necrosis. Diagnosis: calciphylaxis.
Comment: arose on the heel that rested on the heat pad nightly from Thanksgiving onward; thermal exposure in an anticoagulated HD pt is a well described precipitant. R heel shows erythema ab igne without necrosis.
Plan: renal aware - starting sodium thiosulfate, warfarin to be changed to apixaban by cardiology. Keep L heel off-loaded. Pain: low-dose hydromorphone.
"""),
("2023-01-25", "Podiatry Follow-up", """
Podiatry f/u L heel calciphylaxis.
Pain 7/10 (was 10). Eschar stable, dry, 3.6x3.1cm, edges no longer spreading. No fluctuance, no odor. Left intact as a biologic cover per derm - NOT debriding.
Pt now on apixaban (warfarin stopped 1/12).
Heel boot on at all times in bed - straps checked, no rubbing.
R heel intact.
RTC 2 wks.
"""),
]}

A03 = {"patient_id": "A03", "age": 58, "sex": "F", "notes": [
("2020-08-04", "Diabetic Foot Clinic", """
DIABETIC FOOT CLINIC
Problem: R plantar 1st MPJ neuropathic ulcer, Wagner 1.
58F, T2DM on insulin degludec + aspart, ESRD on CCPD at home (nightly cycler). BMI 30.0.
Wound: 1.1 x 0.9 x 0.2 cm, granular base, hyperkeratotic rim. No cellulitis. Probe to bone neg.
Pulses: DP 2+ b/l, PT 1+ b/l.
Sharp debridement of callus rim and base w/ #15 blade, minimal bleeding, pt tolerated.
Offloading: removable CAM walker boot R fitted and dispensed today (tall version), pt shown how to do the straps. Instructed to wear whenever weightbearing.
F/u 4 wks.
"""),
("2020-09-01", "Diabetic Foot Clinic", """
DFC f/u
Plantar ulcer R healing nicely - 0.4x0.3cm, epithelializing.
NEW: pt c/o severe burning pain R shin, says the boot's upper strap has been "digging in" since day one and two weeks ago a purple patch showed up exactly where the strap crosses. Now has a black center.
O/E R anterior shin, upper strap line: 4 x 2.5 cm purple indurated plaque, central necrotic eschar 1 cm, retiform edges. L shin normal.
Assessment: this is not a simple strap rub - pain and morphology worrying for calciphylaxis (CCPD, insulin, obesity). Walker boot removed, padded felt shoe with extra foam for the plantar ulcer instead.
Paged renal. Derm appt 9/3.
"""),
("2020-09-18", "Nephrology Clinic Letter", """
Renal Clinic - Home Dialysis Team
Dear podiatry colleagues,
Thank you for flagging Ms Oyelaran. Derm biopsy from the right shin (9/3) confirms calciphylaxis - arteriolar medial calcification in the dermis and subcutis, with thrombosis.
The lesion lies under the pressure point of the offloading boot strap she wore from 4 August; I agree this local pressure was the precipitant.
Changes: cinacalcet increased, calcium-based binder stopped, phosphate 2.1. IV STS cannot be given at home, so she will come in to the unit three times a week for infusions. BMI today 30.0.
Kind regards, Dr P. Lindqvist
"""),
]}

A04 = {"patient_id": "A04", "age": 71, "sex": "F", "notes": [
("2021-03-09", "Podiatry Procedure Note", """
PROCEDURE NOTE - Podiatry
Dx: ingrown toenail L hallux, lateral border, recurrent, with paronychia.
Pt 71F. T2DM - metformin stopped due to kidneys, now diet only. CKD 5 / ESRD, she has declined dialysis after long discussions and is followed by the conservative kidney care team. Off warfarin since a GI bleed in 2017. BMI 28.4.
Consent signed. Anesthesia per clinic protocol, adequate.
Partial nail avulsion L hallux lateral border with matrixectomy (phenol 89% x3 applications, 30 sec each), flushed with alcohol. Silvadene + dry sterile dressing.
EBL minimal. Tolerated well. Post-op instructions given, soaks discouraged. F/u 3 wks.
"""),
("2021-04-27", "Podiatry Post-op Visit", """
Podiatry - late post-op check (missed her 3 wk appt d/t snow).
Pt says the toe "was healing fine" then early April the side of the nail fold turned purple, then black, and throbs at night to the point she sleeps with the foot out of the covers.
Exam L hallux: lateral nail fold/matrixectomy site with dusky violaceous skin extending onto the lateral hallux pulp, central dry black necrosis 8 mm, surrounding livedoid mottling. No purulence, not a phenol burn picture (that settles by 2 wk). R foot fine.
CFT 2 sec, DP palpable L.
Ddx: calciphylaxis vs delayed necrosis. Pt has CKD5 not on dialysis, on calcitriol and calcium carbonate.
Plan: derm referral urgent, renal informed, no further debridement.
"""),
("2021-05-10", "Dermatology Letter", """
Dear Dr Petrakis,
I saw Mrs Delphine Aukett today at your request.
Biopsy L hallux lateral nail fold 4 May: calcium encrusting small subcutaneous vessels, with fibrin thrombi and necrosis (von Kossa +), which is diagnostic of calciphylaxis. I think the surgical site (nail avulsion with matrixectomy on 9 March) was the local trigger, with onset in early April.
She is on the conservative (non-dialysis) pathway for ESRD; renal are stopping the calcium carbonate and calcitriol.
Yours sincerely,
Dr H. Maalouf
"""),
]}

A05 = {"patient_id": "A05", "age": 55, "sex": "M", "notes": [
("2020-10-06", "Podiatry Assessment", """
Podiatry assessment - at risk foot
55 yo man. Not diabetic (A1c 5.2). ESRD from IgA nephropathy, HD Mon/Wed/Fri. Mechanical mitral valve, anticoagulated with warfarin, his cardiologist aims high (2.5-3.5).
Ht 183 cm, wt 80.4 kg, BMI 24.0.
Skin - heavy callus sub 2nd and 5th met heads b/l, pared w/ scalpel, no underlying ulceration. Corn dorsal R 5th toe enucleated.
Nails - thickened b/l, reduced.
Vasc - pulses palpable, mild PVD changes.
Shoes: pt wears steel toe work boots 10 hrs/day, advised on wider toe box.
Rx: silicone toe sleeves R 5th.
RTC 3 months.
"""),
("2021-01-12", "Podiatry Urgent Visit", """
Urgent add-on.
Pt's dog (a very excited husky) scratched him on the R ankle on New Year's Eve - "two long scrapes down the outside of my ankle bone". They looked to be closing up until Jan 9th, when the skin there went hard and purple and very sore; now blackened.
O/E: R lateral malleolus region: 3 x 2 cm violaceous plaque w/ 2 linear black eschars following the scratch lines, ring of livedo. Temp normal. No streaking. L ankle normal.
Plantar callus sub met heads mild, not addressed today.
A: necrotic lesion where the dog scratched him, HD + warfarin; calciphylaxis top concern > cellulitis.
P: urgent dermatology referral and renal notified. Dressing with nonadherent pad only.
"""),
("2021-01-21", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION
Indication: R ankle lesion.
Skin biopsy (01/14/2021, R lateral ankle): calcium deposition in small subcutaneous vessel walls, thrombosis, and surrounding fat necrosis - confirms calciphylaxis.
Clinical: lesion arose along the dog scratch of 12/31/2020 on the R lateral ankle, onset of pain and discoloration on 1/9.
Recommend: switch warfarin to an alternative after cardiology review (mechanical valve - may not be possible), STS with HD, optimize phos/PTH, gentle wound care. Avoid trauma to legs.
"""),
]}

A06 = {"patient_id": "A06", "age": 66, "sex": "F", "notes": [
("2019-06-25", "Podiatric Surgery Pre-op", """
Pre-op H&P - podiatric surgery
66F for elective L 5th ray partial resection (chronic osteomyelitis 5th met head, MRI confirmed) on 7/1/2019.
PMH: ESRD on hemodialysis TTS through a R IJ permcath, insulin dependent diabetes (NPH 20u bid), morbid obesity (BMI 41.7), OSA on CPAP. No anticoagulants.
L foot: sinus tract lateral 5th MPJ, no acute infection. R foot: intact, nails thick.
Plan: surgery 7/1, inpatient 2-3 nights, enoxaparin 30 mg SC daily VTE prophylaxis post-op to continue x4 wks at home (husband to give).
"""),
("2019-07-30", "Podiatric Surgery Post-op", """
POD 29 L 5th ray resection.
Surgical incision L lateral foot: well coapted, sutures removed today, no dehiscence.
But: pt reports painful dark patches on her lower belly. Husband has given the enoxaparin shots into the lower abdomen, alternating left and right of the belly button, every day since 7/2. She felt the first hard tender lump on 7/24 and now there are 3-4 of them.
O/E lower abdomen: bilateral infraumbilical indurated plaques, largest on the L (5x4cm) with central black necrosis, R side 3x3cm purple, retiform; very tender. Pannus otherwise clean.
A: enoxaparin-site necrosis - calciphylaxis? vs hematoma / simple injection site necrosis.
P: stop enoxaparin (4 wk course nearly complete). Urgent renal + derm.
"""),
("2019-08-08", "Nephrology Progress Note", """
Nephrology
Lower abdominal wall lesions bilateral: 8/2 punch bx R infraumbilical - vascular calcification + thrombosis + panniculitis, von Kossa +. Dx calciphylaxis.
Lesions are confined to where the enoxaparin went in, L and R of the navel; injections started 7/2, first lesion 7/24.
HD, BMI 41.7, insulin - multiple risk factors. Plan sodium thiosulfate after each dialysis run, increasing dialysis time, stopping calcium acetate.
Foot surgical site healing, per podiatry.
"""),
]}

A07 = {"patient_id": "A07", "age": 69, "sex": "F", "notes": [
("2023-01-31", "Podiatry Vascular Check", """
Podiatry - vascular/edema review
69 y.o. female, ESRD on peritoneal dialysis (CAPD), T2DM controlled on sitagliptin - not on insulin. Class I obesity: weight 86 kg, BMI 31.2.
Chief concern: swollen legs, heavy by evening.
Pulses DP/PT palpable b/l, ABI 1.02 R / 0.98 L. Pitting edema 2+ to mid shin b/l. Venous duplex last yr - superficial reflux.
Nails: thickened, trimmed. Skin: hemosiderin staining bilat gaiter area, no ulcers.
Plan: below-knee compression stockings 20-30 mmHg both legs, measured and ordered today. Leg elevation. Reassess 3 mo.
"""),
("2023-04-27", "Podiatry Visit", """
Pod f/u. Stockings received early February; she's had them on daily ever since.
Since mid-April painful purple-black areas on BOTH calves, posterior/medial, exactly under the top band and seam of the stockings. Pain 9/10, stockings now too painful to put on.
O/E: bilat posterior calves - R 4x3cm, L 5x3cm stellate necrotic eschars w/ violaceous indurated borders and livedo racemosa. Edema 1+.
Pt switched from PD to hemodialysis 2 wks ago (peritonitis x2), now HD via L arm AVG.
Wt 80 kg, BMI 29.6.
Imp: ?calciphylaxis under compression garments. Stockings stopped. Derm urgent.
"""),
("2023-05-09", "Dermatology Clinic", """
Derm: bilateral calf ulcers.
Biopsy (5/2, L calf): subcutaneous vessel calcification w/ thrombi and necrotic fat - confirms calciphylaxis.
Both calf lesions sit in the band of constant pressure from her compression stockings, worn daily from February 2023 until last month; I consider the stockings a Koebner-type trigger.
Now on in-center HD; renal starting STS. No compression for now.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
