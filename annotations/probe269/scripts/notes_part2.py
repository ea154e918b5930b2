"""probe269 corpus notes, T08-T14 (vascular laboratory reports and the clinics that refer to it; all invented)."""

T08 = {"patient_id": "T08", "age": 77, "sex": "M", "notes": [
("2019-12-10", "Hemodialysis Rounding Note", """
Dialysis rounds - Lakeshore Renal (Tu/Th/Sa)
77M, ESRD (hypertensive/diabetic), HD through a L forearm fistula. Type 2 DM - detemir 14 units
qHS.
S: both feet "like ice" in the evenings. Since Thanksgiving his wife has been setting an electric
heating pad under both feet every evening while he watches TV, often 2-3 h on the medium setting.
O: BP 164/70. Feet cool to touch; pedal pulses absent. Skin over both dorsal feet intact, no ulcer,
no discoloration.
BMI 26.1.
A/P: cold feet, probable PAD -> ABI/TBI ordered. Advised him not to put the pad directly on the
skin (neuropathy, burn risk). PO4 6.9 -> binder adherence reviewed. Recheck Hgb next wk.
"""),
("2020-01-21", "Vascular Lab - Physiologic Arterial Study", """
LAKESHORE VASCULAR LAB - PHYSIOLOGIC ARTERIAL STUDY
Indication: 77M on HD, DM. Painful black patches on the tops of both feet since early January.
Still rests both feet on a heating pad nightly.
Segmental pressures: not done (vessels noncompressible).
ABI R 1.51 / L 1.47 (NC).
Toe pressures: R hallux 44, L hallux 39 mmHg (TBI 0.29 / 0.26).
PVR: forefoot waveforms moderately blunted bilaterally.
TcPO2 (mmHg): chest 55; R dorsal foot 26; L dorsal foot 22.
Impression: moderate bilateral tibial and small-vessel disease with noncompressible arteries.
Dorsal foot TcPO2 in the range of impaired healing. Suggest vascular surgery and dermatology
input.
"""),
("2020-02-04", "Dermatology Consult", """
DERM CONSULT (ref Lakeshore Renal)
Dorsum R foot: 4 x 3 cm eschar within livedo; dorsum L foot: two 1.5 cm necrotic patches.
Bx L dorsal foot 1/28/20 = calciphylaxis (calcified, thrombosed small arteries, deep dermis
and subcutis).
The lesions map onto the footprint of the heating pad he has used every night from late Nov
(Thanksgiving). They appeared in early Jan 2020; in our view the nightly heat set them off.
Vascular surgery (Dr. Imrie) sees no revascularization option; medical management.
Plan: remove the heating pad from home, STS with HD, betadine to eschar, podiatry, f/u 3 wks.
"""),
]}

T09 = {"patient_id": "T09", "age": 61, "sex": "F", "notes": [
("2021-06-08", "Vascular Lab - Arterial Duplex LLE with ABI/TBI", """
ARTERIAL DUPLEX LLE + ABI/TBI
Brookfield Heart & Vascular - Noninvasive Lab
History: 61 F, HD-dependent ESRD, T2DM (insulin), BMI between 34 and 36 over the past year.
Non-healing ulcer L posterior calf x 6 wks. No claudication.
L: CFA 118 triphasic; SFA 96 -> 84 cm/s biphasic with dense calcified plaque, no focal
stenosis; popliteal 70 biphasic; TP trunk, PT and peroneal biphasic; AT monophasic distally.
ABI L 1.29 (probably falsely high), R 1.31. Hallux L 57, R 63 mmHg; TBI 0.38 / 0.42.
Impression: mild tibial disease, nothing to revascularize; perfusion should support healing.
Etiology of the ulcer unclear - biopsy recommended.
"""),
("2021-06-22", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
61F on HD (MWF, Brookfield Dialysis). Reviewed L calf bx of 6/15: calcific uremic
arteriolopathy.
Insulin glargine + aspart: she injects only into the abdomen, rotating quadrants; abdominal skin
normal today, no nodules, no purpura.
She recalls no knocks to the legs, no heat, no cold.
L posterior calf ulcer: 5.1 x 3.9 cm, eschar, satellite livedo.
BMI 35.8 (96.4 kg). Not on warfarin.
PTH 1120, PO4 7.9.
Plan: add STS at HD (25 g), up-titrate cinacalcet, surgical referral for
parathyroidectomy, wound clinic.
"""),
("2021-07-13", "Wound Clinic Note", """
WOUND CENTER - visit 2
L posterior calf calciphylaxis ulcer 52 x 41 mm, depth 3 mm; eschar ~60 %, slough ~40 %.
Periwound livedo reticularis reaching toward the popliteal fossa. No cellulitis.
Tx today: collagenase to eschar, xeroform, ABD pad, light kerlix wrap. Pain 7/10 with the
dressing change, premedicated with oxycodone 5 mg.
Tolerating STS with HD, some nausea.
Pt asks about hyperbaric oxygen - not offered at this stage.
Plan: continue enzymatic debridement, no compression, recheck 1 wk. Surgical debridement
deferred for now.
"""),
]}

T10 = {"patient_id": "T10", "age": 70, "sex": "M", "notes": [
("2021-07-20", "PD Clinic Note", """
PD CLINIC - Oakhurst Nephrology
70M, CAPD (four manual exchanges daily); ESRD from FSGS. AF on warfarin 5 mg (INR 2.9). No DM.
New problem: painful purplish lesion R inner thigh, first noticed over the 4th of July weekend.
Ever since it showed up he presses a towel-wrapped pack of frozen peas against it, 4-5
times daily, "to numb it".
Denies any shot, bite or bump to the thigh beforehand.
Exam: violaceous, indurated plaque of the R medial thigh, about 5.3 x 4.4 cm, lacy border,
dusky center.
BMI 30.4.
A: ?calciphylaxis (warfarin, PO4 7.3).
P: arterial/venous duplex, derm for biopsy, stop the frozen peas.
"""),
("2021-07-27", "Vascular Lab - Arterial and Venous Duplex RLE", """
Oakhurst Vascular Lab
Exam: R lower extremity arterial + venous duplex
Hx: PD pt on warfarin; painful R medial thigh plaque since early July. ?DVT/SVT, ?arterial cause.
Venous: CFV, FV, popliteal and calf veins compressible and phasic; thigh GSV compressible, no
thrombus beneath the lesion.
Arterial: CFA, SFA and popliteal patent, biphasic, with extensive pipe-stem medial calcification;
no focal stenosis. ABI R >1.4 (NC); TBI R 0.59.
Impression: no DVT or SVT. Calcified but hemodynamically patent arteries; findings do not
explain the thigh lesion.
Sonographer M. Farrow-Quist RVT. Interpreted by D. Lindqvist MD.
"""),
("2021-08-10", "Dermatology Consult", """
Dermatology - Oakhurst
Biopsy (punch) R medial thigh, 7/30/21: calciphylaxis, confirmed (vessel calcification, thrombosis,
necrosis).
Onset the 4th of July weekend. The cold (frozen vegetables) went on only after the plaque had
begun, so it is not a precipitant; no injections, injuries or procedures at that site before
onset.
Warfarin stopped 8/5; cardiology switched him to apixaban.
Today 6.2 x 5.1 cm; eschar 1 cm. PO4 7.0 on last monthly labs.
Plan: intraperitoneal STS per nephrology, hydrocolloid, analgesia; no ice, no heat.
"""),
]}

T11 = {"patient_id": "T11", "age": 67, "sex": "F", "notes": [
("2019-02-14", "Hemodialysis Progress Note", """
HD progress note - Valentine's Day shift
67 yo woman, ESRD; HD (MWF) through a left upper-arm PTFE graft. Diabetes type 2, diet
alone (A1c 6.1), no insulin or oral agents. Never on warfarin.
S: R sciatica flaring. She has rested a heating pad on her right calf most nights since last
winter, "only the right one".
O: BP 140/72. Legs: skin intact bilaterally, no wounds. EDW 77.0 kg. BMI 29.6 - overweight.
Assessment/plan: R sciatica -> PT referral; cautioned about heat on neuropathic skin. PO4 6.2, keep
sevelamer. Vaccines up to date.
"""),
("2019-03-05", "Vascular Lab - ABI/TBI and Arterial Duplex LLE", """
VASCULAR LAB REPORT
Exams: bilat ABI/TBI; L lower extremity arterial duplex
History: HD patient. Necrotic, painful ulcer, L lateral calf, onset around Feb 20; R leg without
complaints.
ABI R 1.18, L 1.36 (L tibials partly compressible).
Toe pressure R 84, L 71 mmHg; TBI 0.59 / 0.50.
Duplex L: CFA-SFA-popliteal biphasic, PSV 65-110 cm/s, calcified, no stenosis; peroneal and PT
biphasic to the ankle; AT occluded in its distal third, reconstituting at the DP.
Impression: L distal AT occlusion with good collateral perfusion; no CLI. Arterial disease
insufficient to account for the calf ulcer.
"""),
("2019-03-26", "Wound Clinic Note", """
Wound clinic
67F on HD. L lateral calf ulcer 3.8 x 3 cm, eschar with a livedo rim, onset 2/20/19.
Bx 3/12: calciphylaxis (CUA) confirmed.
NB: she has applied heat to the right calf alone - never the left - and the right has
no lesion; she denies any heat, ice, injection or knock on the L leg.
Exam: no cellulitis, minimal serous exudate, pain 6/10 (hydrocodone 5 mg at bedtime helps). PO4 5.8, PTH 620.
Plan: STS with HD, cinacalcet, silver alginate + foam, compression avoided. Return 1 week.
"""),
]}

T12 = {"patient_id": "T12", "age": 52, "sex": "F", "notes": [
("2018-10-02", "Vascular Lab - Venous Duplex Bilateral", """
BILATERAL LOWER EXTREMITY VENOUS DUPLEX
St. Brendan Vascular Lab
Clinical history: 52 F on HD, BMI 44. Painful mottled purple skin, medial surfaces of both
thighs, for 2 weeks, warm, tender. Denies injections, heat packs, ice, or injury to the thighs. R/o DVT.
Findings: R and L CFV, FV, popliteal, PTV and peroneal veins fully compressible; normal
phasicity and augmentation. GSVs compressible to the knee.
Subcutaneous tissues of the medial thighs: diffuse edema, no abscess.
Impression: no evidence of DVT in either leg.
"""),
("2018-10-09", "Nephrology Clinic Note", """
Renal clinic - St. Brendan
52F, lupus nephritis -> ESRD; HD in-center MWF. Nondiabetic. Anticoagulation: circuit heparin
during runs, nothing else.
Punch bx L medial thigh 10/5: calciphylaxis. Retiform purpura on both medial thighs, L > R,
small eschar on the L.
Family hx: a sister, herself a dialysis patient, developed calciphylaxis where she injected
insulin (abdomen).
Pt firmly denies injections, heat, cold or knocks involving either thigh.
Counselled: never inject anything into the thighs or belly fat; no heating pads, no ice.
BMI 44.0.
Plan: STS (25 g) tacked onto each HD, calcium acetate -> lanthanum, stop calcitriol.
"""),
("2018-11-20", "Wound Clinic Note", """
WOUND CLINIC - thighs
F/u calciphylaxis of both medial thighs. L eschar unchanged (2.1 x 1.2 cm); R purpura fading.
Wt 118.6 kg today (119.2 at last visit).
Pain 5/10, gabapentin 100 mg after HD. Latest unit labs: phos 5.9, iPTH 480, down
since lanthanum.
Hydrocolloid changed today, edges intact, no odor. Appetite better, albumin 3.4.
No new lesions. She has kept to the advice: thighs untouched by needles, heat or cold.
Plan: continue STS, hydrocolloid on the L, emollient on the R, f/u 3 wks.
"""),
]}

T13 = {"patient_id": "T13", "age": 64, "sex": "M", "notes": [
("2023-04-11", "Vascular Lab - ABI/TBI and Arterial Duplex LLE", """
NONINVASIVE ARTERIAL EVALUATION - Graystone Vascular Lab
Clinical history: 64M, hemodialysis-dependent ESRD, DM2 on linagliptin, BMI 27.9. Hx of calciphylaxis in 2016 of
the abdominal wall at his enoxaparin injection sites, healed by early 2017 after STS and
parathyroidectomy. Now a new painful ulcer L medial ankle since March; no injury recalled.
ABI R 1.34, L 1.41 (NC). Hallux R 70, L 58 mmHg; TBI 0.47 / 0.39.
Duplex L: diffusely calcified SFA and popliteal, biphasic; PT monophasic at the ankle, no
occlusion.
Impression: moderate L tibial disease; toe pressure adequate for healing. Biopsy advised to
exclude recurrent calciphylaxis.
"""),
("2023-04-25", "Wound Clinic Note", """
Wound / derm joint clinic - Graystone
Bx L medial malleolus 4/18/23: calciphylaxis, recurrent.
Current ulcer 24 x 18 mm, eschar, livedo rim - L medial ankle only. Abdominal scars left by the
2016 episode: quiet, no new lesions.
No enoxaparin or other injections since 2016; never on insulin. No trauma; shoes checked and not
rubbing; no compression.
Warfarin: never.
Plan: restart STS thrice weekly with HD; PTH 410 -> cinacalcet; local care with hydrogel and
foam; f/u 2 wks.
"""),
]}

T14 = {"patient_id": "T14", "age": 74, "sex": "F", "notes": [
("2022-02-22", "Vascular Lab - Venous Reflux Study RLE", """
VENOUS INSUFFICIENCY DUPLEX - RIGHT LEG (standing)
Northgate Vein & Vascular
Hx: 74F on PD. Aching and heaviness R leg, varicosities of the medial thigh and calf (CEAP C2).
Skin of the leg and ankle intact.
Deep system: no DVT, no deep reflux.
GSV: SFJ reflux 2.1 s; thigh GSV diameters 7.8 / 7.1 / 6.4 mm with reflux of 1.6-2.4 s down to
the knee.
SSV competent, 3.9 mm. No incompetent perforators.
Impression: GSV incompetence from the SFJ to the knee, anatomy suitable for thermal ablation.
"""),
("2022-03-09", "Vascular Surgery Procedure Note", """
PROCEDURE NOTE - Northgate Vein Center
Date of service: 9 Mar 2022
Procedure: radiofrequency ablation, R great saphenous vein, SFJ to knee.
Access: US-guided micropuncture of the GSV at the R distal medial thigh, 7 Fr sheath. Tumescent
lidocaine 0.1 % 380 mL along the thigh GSV.
Catheter pulled back in 7 cm cycles x 6.
Post: ACE wrap to the R thigh for 48 h, walk daily.
PMH: ESRD on home CCPD. DM2, insulin degludec; obesity (BMI 32.2). Never on warfarin.
EBL minimal. No complications.
"""),
("2022-07-12", "Vascular Lab - ABI/TBI and Venous Duplex RLE", """
Northgate Vascular Lab
Exams: ABI/TBI bilat; R leg venous duplex
Indication: painful necrotic ulcer R lateral ankle since June 2022; wound clinic has applied
multilayer compression since 6/28. s/p R GSV RFA in March.
Venous: R GSV occluded from SFJ to knee as expected, no EHIT; deep veins compressible, no DVT.
ABI R 1.35, L 1.30 (NC). TBI R 0.55, L 0.60.
Impression: successful ablation, no DVT, no significant arterial insufficiency. An ulcer at the
lateral malleolus lies outside GSV territory - atypical for a venous ulcer.
"""),
("2022-08-02", "Wound Clinic Note", """
Wound clinic - Northgate
74F PD pt. R lateral malleolar ulcer 31 x 23 mm; eschar black; margin shows retiform purpura.
Bx 7/21: calciphylaxis.
The ulcer did not arise at the RFA puncture (R distal medial thigh, healed) and began about
three months after the ablation; compression was started only after the ulcer. No injury to the
ankle recalled.
Stop multilayer compression. IP STS per nephrology. She continues insulin in the abdominal wall.
Plan: hydrogel, foam, offload the ankle, f/u 2 wks.
"""),
]}

PATIENTS = [T08, T09, T10, T11, T12, T13, T14]
