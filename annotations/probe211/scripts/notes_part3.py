"""probe211 corpus notes, A15-A20 (interventional pain clinic and the services around it; all invented)."""

A15 = {"patient_id": "A15", "age": 58, "sex": "F", "notes": [
("2023-05-16", "Pain Clinic Procedure Note", """
TRIGGER POINT INJECTIONS   5/16/2023
R lumbar paraspinals (L3-L5 level), 4 points. Her 4th series since Jan 2023, spaced
about 6 wks apart, always the same R-sided taut bands.
58F, CKD 4 (eGFR 22), pre-dialysis, vein mapping done; DM2 on
linagliptin, obesity w/ BMI 34.0. No anticoagulation.
Prep w/ chlorhexidine; 25g needle; 1.5 mL 0.5% lidocaine per point; twitch at 3/4.
Pain 6/10 -> 2/10. No complications.
Vitals: BP 142/80, P 74. Talked about diminishing returns from repeated
injections; PT referral renewed.
Plan: stretching + walking program; next series mid-July if needed.
"""),
("2023-06-27", "Pain Clinic Follow-up", """
Pain clinic f/u 06/27/23

About 2 weeks after the May injections she noticed a firm sore knot at the R low
back where the needles went; over the last month it has turned purple with a lacy
border. No fever. Pain 7/10, burning, worse lying on it.
Exam: R lumbar paraspinal region -- 5cm indurated violaceous plaque, livedoid
rim, centered on the injection points; no ulcer, no drainage.
Nephrology labs 6/20: iPTH 310 / Ca (corrected) 9.9 / PO4 5.6.
A: post-injection fat necrosis or panniculitis; early calciphylaxis in advanced
CKD cannot be excluded.
P: hold further TPIs. Derm referral for deep biopsy. BMI 34.0.
"""),
("2023-07-11", "Dermatology Consult", """
DERMATOLOGY -- 7/11/23
Indurated purple plaque, R low back, at the site of repeated trigger point
injections; 5.5 cm, tender, no ulceration.
Differential: possible calciphylaxis in advanced CKD, post-injection fat necrosis,
deep morphea. Recommended a deep incisional biopsy to sort this out -- pt declined
today; she relocates to Tucson (daughter) next week and wants it done there.
Copies of records and photos handed to her; letter for outside derm drafted.
Interim: avoid trauma/heat to the area, gentle moisturizer. No further f/u here.
"""),
]}

A16 = {"patient_id": "A16", "age": 66, "sex": "M", "notes": [
("2022-11-08", "Pain Clinic Pump Refill", """
INTRATHECAL PUMP REFILL -- 11/8/22
66M, ESRD on HD MWF, non-diabetic, not anticoagulated. Intrathecal pump implanted
2017 in the R lower abdomen for chronic lumbar radicular pain.
Refill: hydromorphone 4 mg/mL. Pump located by palpation/template; prep x3;
22g noncoring Huber needle through the skin into the central reservoir port;
residual 2.4 mL withdrawn (expected 2.6), 20 mL instilled. Daily dose unchanged.
Skin over the pump: intact, no tenderness.
Pain 4/10 on current rate; walks the dog daily. No signs of withdrawal or
oversedation. Pump telemetry: battery ~3 yrs left.
BMI 25.3. Next refill ~3 months (alarm date programmed).
"""),
("2023-02-07", "Pain Clinic Pump Refill Visit", """
Pump refill visit  02/07/2023
Since mid-January, painful darkening of the skin overlying the pump, R lower abdomen; pt
thinks it came up at the spot of the November refill stick.
Exam: 4 cm violaceous retiform patch centered on the port access site, 1 cm dusky
black center, skin thin; device not visible; no fluctuance or drainage. Afebrile.
Labs from HD: Phos 7.4, PTH 860.
A: ?pocket erosion / device infection vs pressure necrosis over the pump vs
calciphylaxis (HD, high phos).
P: refill deferred -- reservoir has ~5 wks left. Urgent referral to implanting
surgeon and derm.
"""),
("2023-02-21", "Dermatology Inpatient Consult", """
DERM CONSULT (inpatient) -- 2/21/23
Lesion over the intrathecal pump, R lower abdomen: 4.5 cm retiform purpura w/ early
eschar at the refill port area.
Impression: r/o calciphylaxis; pressure-related necrosis over the device and
early erosion are also on the list.
Biopsy deferred -- sampling over an implanted pump pocket carries infection risk; ID
and neurosurgery agree to defer.
Pt and family chose to transfer his care to a VA hospital near his home this week
for possible explant; records sent. No diagnosis reached here.
"""),
]}

A17 = {"patient_id": "A17", "age": 80, "sex": "F", "notes": [
("2021-09-21", "Pain Clinic Consult", """
PAIN CLINIC CONSULT    September 21, 2021
80F, ESRD on HD TTS for 6 yrs, no diabetes, not on anticoagulation, BMI 22.1.
L shoulder pain from rotator cuff arthropathy. Ices the L shoulder with gel packs
4-5x daily since August, often straight from the freezer without a cover.
Exam: L shoulder AROM flex 80, abd 70, painful arc; no deformity. Skin of the
shoulder intact, a bit cool after ice.
Suprascapular nerve block offered -- declined for now.
Plan: acetaminophen, gentle pendulums, ice with a towel barrier only.
"""),
("2021-11-02", "Dermatology Clinic", """
DERMATOLOGY 11/2/21
Painful firm nodule L lateral shoulder x 3 wks, with surrounding livedo reticularis
8 cm across. Pt ices this shoulder daily.
Exam: 2cm deep, tender nodule; skin over it dusky, intact.
Ddx: concern for early calciphylaxis (HD) vs cold panniculitis.
4 mm punch today -- superficial, no subcutaneous fat in specimen; nondiagnostic
(read 11/5, appended).
Trunk and legs: clear. From HD unit: phos 6.1, iPTH 540. Nodule pain
7/10.
Plan: deeper incisional biopsy offered, pt to think about it. Stop ice for now.
"""),
("2021-11-30", "Palliative Care Note", """
Palliative care f/u -- 11/30/21
Pt has decided to stop hemodialysis and enter hospice; family in agreement.
Declined the repeat biopsy of the L shoulder nodule. The lesion remains
"possible calciphylaxis" -- never confirmed; comfort focus now.
Symptoms: shoulder pain 6/10, managed w/ low-dose hydromorphone; dyspnea mild.
Goals: home with hospice, daughter as caregiver.
Last HD run 11/27 after a family meeting with nephrology. Binders and cinacalcet
stopped. Chaplain visit requested. Code status DNR/DNI.
Daughter shown how to give the oral opioid doses; hospice RN visits tomorrow.
BMI 22.1.
"""),
]}

A18 = {"patient_id": "A18", "age": 69, "sex": "M", "notes": [
("2020-12-01", "Pain Clinic Follow-up", """
Pain clinic f/u -- 12/1/20
69M; ESRD, dialysis MWF; diabetes (type 2) on insulin; BMI 30.6. Chronic LBP,
L-sided.
Every evening he sits with a microwaved heat pack against the L low back, "hotter is
better", for years.
Exam: L low back, a 15 cm net-like reddish-brown mottled patch with a 2cm
shallow ulcer inside it, thin yellow base. Tender.
A: erythema ab igne, superficial wound within it; ?calciphylaxis given HD and insulin.
P: stop the heat pack; derm referral for biopsy; wound care meanwhile.
"""),
("2020-12-15", "Dermatology Note", """
Dermatology -- 12/15/20
Bx (12/8) L low back: interface change, pigment incontinence and epidermal necrosis
c/w erythema ab igne plus superficial thermal burn. Von Kossa negative; no
vascular calcification, no thrombi.
Clinical: reticulated hyperpigmentation L low back with a 2cm shallow erosion,
clean base; no retiform purpura, no induration beyond the burn.
Impression: erythema ab igne with burn. Calciphylaxis excluded. Explained how
the nightly heat pack produced these changes.
Plan: no heat sources against the skin; petrolatum + nonadherent dressing until
healed. Return prn.
"""),
("2021-01-12", "Pain Clinic Follow-up", """
PAIN CLINIC RTC  01/12/21
Back wound healed, faint reticulated pigment remains. Derm ruled out calciphylaxis;
it was a burn over erythema ab igne.
LBP 5/10, trying a TENS unit loaned from PT instead of heat.
Insulin per PCP, A1c 7.8. BMI 30.6.
Exam: no open areas, nontender. BP 136/78, HR 70. Agreed not to restart the heat
pack; sleeping better with evening TENS. Next visit: review PT progress, and
consider lumbar medial branch blocks if TENS is not enough.
Plan: continue TENS, HEP, acetaminophen. RTC 3 mo.
"""),
]}

A19 = {"patient_id": "A19", "age": 45, "sex": "F", "notes": [
("2024-09-10", "Pain Clinic Consult", """
PAIN CLINIC CONSULT -- 9/10/2024
45F w/ R C6 radiculopathy, referred for cervical ESI.
PMH: type 1 DM on an insulin pump; CKD 3b (eGFR 38, diabetic kidney disease), no
dialysis. No anticoagulants.
Family history: her older brother -- dialysis-dependent -- passed away from
calciphylaxis in 2022. She is worried that a
steroid injection could give her "what he had".
Exam: Spurling + R, R biceps 4+/5, diminished R brachioradialis reflex. Skin:
trunk, arms and legs unremarkable. BMI 26.0.
Plan: R C6-7 interlaminar ESI next available date; glucose plan with pump for 48h
post-steroid. Reassured; nephrology to address her own risk.
"""),
("2024-10-01", "Nephrology CKD Clinic", """
CKD clinic 10/1/24
C-ESI done 9/24 without issue; arm pain improved.
eGFR 36; phosphorus 4.1, Ca 9.3, PTH 98. No dialysis planning yet.
Family hx of calciphylaxis (brother). Her skin is normal on full exam; nothing to
suggest calciphylaxis.
T1DM, insulin pump, A1c 7.1. BMI 26.0.
BP 128/76, urine ACR 410 mg/g. Pump download: time in range 64%.
Told her plainly that a sibling's calciphylaxis doesn't make it likely for her
at CKD 3b; self skin checks reviewed.
Plan: continue ACEi, phos diet counseling, RTC 4 mo.
"""),
]}

A20 = {"patient_id": "A20", "age": 73, "sex": "M", "notes": [
("2025-03-04", "Pain Clinic New Patient", """
NEW PT -- pain clinic, Mar 4 2025
73M on HD TTS x 5 yrs, not diabetic, BMI 27.0. Warfarin 2015-2017 (PE), stopped,
none since. Chronic knee and low back pain.
Relies on an electric heat pad for the lower back and knees, sometimes all night.
Skin exam: intact, no discoloration, no ulcers.
Counselling: calciphylaxis can affect people on dialysis -- painful skin ulcers
that may begin where skin is repeatedly heated or pressed. Limit heat to 20-minute
sessions, never asleep, and look at the skin daily.
Plan: TENS trial, acetaminophen, PT. RTC 6 wks.
"""),
("2025-04-15", "Pain Clinic Follow-up", """
Pain f/u -- 4/15/25
TENS helps; heating pad only short sessions now.
Skin: no lesions of back or knees; no livedo.
Reviewed again the warning signs of calciphylaxis (new painful purple or black
patches) and whom to call.
BMI 27.0.
Vitals 140/72, HR 68. Back 4/10 (was 7), knees 5/10. Walking 15 min a day.
Heat-pad log: 20 min sessions, none overnight now. Low back skin: normal color,
no mottling. Sleeping about 6 h a night now; mood fair, PHQ-2 negative.
Plan: continue TENS, HEP; RTC 3 mo.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
