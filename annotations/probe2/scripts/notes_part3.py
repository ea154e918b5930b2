"""Notes of Q14-Q20 (possible calciphylaxis, and look-alikes that are not calciphylaxis)."""

PATIENTS = [
    {
        "patient_id": "Q14", "age": 83, "sex": "F",
        "notes": [
            ("2025-02-10", "Hospital Medicine Progress Note", """
Hospitalist PN - HD#6
83F CKD 4 (not on dialysis, declined RRT), DM2 on basal insulin (thighs), HFpEF, admitted w/ PNA. Enoxaparin 30 mg SC q24h since admit 2/4 (into the abd).
Overnight RN noted 2 painful dark patches on the lower abdomen.
Exam: lower abd b/l - 3 cm and 4 cm purpuric plaques w/ dusky centers at enoxaparin injection sites, very tender. Thighs w/ no lesions.
Plt 188 (stable from 201). Ca 9.1 Phos 5.9.
A/P: necrotic plaques at LMWH sites - ddx enoxaparin-induced skin necrosis vs HIT-associated necrosis vs calciphylaxis (CKD 4, DM, obese - BMI 31). Hold enoxaparin, switch to SC heparin in arms? -> no, SCDs. Send HIT Ab. Derm consult.
"""),
            ("2025-02-11", "Dermatology Consult", """
Derm consult
Lower abdominal plaques at enoxaparin injection sites, appeared ~2/9. Exam: two stellate retiform purpuric plaques, bilateral lower abdomen, with early central necrosis, no bullae.
Differential: calciphylaxis cannot be excluded given CKD 4 and diabetes; LMWH-induced skin necrosis (immune) is also plausible and more commonly seen with this timing. A deep biopsy would help distinguish them.
Discussed w/ pt and daughter (HCP): they decline biopsy; goals now comfort-focused. Local wound care only.
"""),
            ("2025-02-13", "Nursing Progress Note", """
Pt transitioned to comfort care this AM per family meeting. Hospice liaison in. Abd wounds dressed w/ foam, pt grimaces w/ dressing change - premedicated. HIT Ab resulted negative. No biopsy done. Plan d/c to inpatient hospice tomorrow.
"""),
        ],
    },
    {
        "patient_id": "Q15", "age": 48, "sex": "M",
        "notes": [
            ("2023-08-09", "Emergency Department Note", """
EMERGENCY DEPARTMENT
48M, ESRD on HD MWF (missed Fri), no DM, BMI 34, presents w/ painful red-purple areas over both thighs x 5 days. Has been putting bags of frozen peas on his thighs after long shifts as a roofer for "sore muscles", for the past few weeks.
Exam: T 37.9. Anterior thighs b/l w/ mottled violaceous patches, firm, tender, warm; no fluctuance; small dusky area L. No crepitus.
Labs: WBC 13.1, CRP 88, Ca 9.6, Phos 8.9, K 5.9.
A/P: cellulitis vs cold panniculitis vs calciphylaxis. Blood cx, cefazolin, urgent HD for K. Admit.
"""),
            ("2023-08-12", "Discharge Summary", """
Discharge summary
Dx: 1) bilateral thigh skin lesions - likely CUA, not biopsied; 2) hyperkalemia after missed HD, resolved.
Course: fever resolved in 24 h, blood cultures negative, erythema receded on cefazolin but the dusky L thigh patch and livedo persisted. Derm (Dr Kato) felt picture likely calciphylaxis; biopsy deferred because of plt 62 (chronic ITP). Outpt derm bx planned. Told to stop cold packs. Sevelamer increased.
"""),
            ("2023-08-20", "Telephone Encounter", """
Call from derm clinic: pt no-showed for biopsy appt 8/18. Called x2, left VM. Spoke w/ HD unit - pt says thighs "almost back to normal", declines biopsy, does not want another appointment. HD RN will keep an eye on skin. Dx remains unconfirmed.
"""),
        ],
    },
    {
        "patient_id": "Q16", "age": 70, "sex": "F",
        "notes": [
            ("2018-05-03", "Patient Portal Message", """
Message from pt: Hello. I banged my left shin on the door getting out of the car Saturday and it made a cut that is not healing, and the skin around it is going a dark color. My PD is going ok. I'm diabetic and I take my insulin like always. Do I need the wound clinic? - Mrs. Ochieng

Reply (PD nurse): Please send a photo and we will book you with Dr. Varga.
"""),
            ("2018-05-15", "Wound Clinic Note", """
Wound clinic
70F on CCPD (ESRD from DKD), insulin-treated DM2, obese, venous insufficiency b/l w/ hemosiderin staining. Not anticoagulated.
L anterior shin: 2.6 x 1.7 cm shallow ulcer from a car door injury 4/28, base 50% fibrin, edges dusky violaceous, surrounding 4 cm of purplish mottled skin; pain 7/10 (more than expected). Pedal pulses palpable, ABI 0.95.
Imp: traumatic L shin ulcer with atypical dusky edge - venous/traumatic ulcer vs early calciphylaxis. Bx discussed; pt prefers to wait.
Plan: compression wrap light, collagen dressing, recheck 2 wks, bx if worse.
"""),
            ("2018-06-19", "Wound Clinic Note", """
Wound clinic follow-up visit
The L shin ulcer now 0.9 x 0.4 cm, granulating, dusky edge gone. Pain 1/10. Healing well w/ compression.
Calciphylaxis still not excluded (never biopsied), but improving course favors traumatic/venous ulcer. No bx needed now. Discharge from clinic; return if recurs.
"""),
        ],
    },
    {
        "patient_id": "Q17", "age": 50, "sex": "F",
        "notes": [
            ("2019-04-07", "Emergency Department Note", """
ED note
50F, normal kidneys (Cr 0.7), no DM, BMI 35, L femoral DVT dx 4/2 started warfarin 10 mg daily w/ enoxaparin bridge SC into abdomen. Presents w/ painful dark areas on the L breast and R thigh since yesterday.
Exam: L breast lower outer quadrant 6 cm purpuric patch w/ hemorrhagic bullae; R lateral thigh 8 cm similar patch, central blackening. Abdomen: small injection bruises only.
INR 4.1. Plt 240.
Imp: warfarin-induced skin necrosis suspected. Calciphylaxis unlikely (normal renal function), will keep on ddx. Stop warfarin, vit K, heparin infusion. Protein C/S levels. Derm consult.
"""),
            ("2019-04-08", "Dermatology Consult", """
DERM CONSULT: Sudden painful hemorrhagic necrosis of fatty areas (breast, thigh) on day 4-5 of warfarin loading with INR overshoot; classic for warfarin necrosis. Punch bx R thigh for confirmation and to exclude calciphylaxis and vasculitis.
"""),
            ("2019-04-10", "Surgical Pathology Report", """
SKIN, RIGHT LATERAL THIGH, PUNCH:
Epidermal necrosis and dermal hemorrhage with fibrin microthrombi occluding dermal and subcutaneous venules. H&E and von Kossa show no calcium in vessel walls. Vasculitis absent.
Diagnosis: Thrombotic vasculopathy, in keeping with warfarin-induced skin necrosis. Not calciphylaxis.
"""),
            ("2019-04-14", "Discharge Summary", """
DISCHARGE DIAGNOSES: warfarin-associated skin necrosis (L breast, R thigh); L femoral DVT; protein C deficiency (activity 38%).
Calciphylaxis ruled out on biopsy. Anticoagulation changed to apixaban; warfarin listed as allergy/intolerance. Wounds: L breast debrided at bedside 4/12, R thigh stable eschar. Plastic surgery f/u in 2 wks.
"""),
        ],
    },
    {
        "patient_id": "Q18", "age": 63, "sex": "M",
        "notes": [
            ("2014-10-21", "Rheumatology Consult", """
RHEUMATOLOGY CONSULTATION
Reason for consult: skin thickening and joint contractures.
HPI: 63-year-old man on hemodialysis since 2005 with diabetes treated with linagliptin (never insulin). Over 8 months he has developed progressive hardening of the skin of both lower legs and forearms with reduced ankle and wrist movement. He had two gadolinium-enhanced MRIs in 2006 while on dialysis. No Raynaud, no dysphagia. No ulcers and no open wounds. BMI 26.
Exam: woody induration with a cobblestone, peau d'orange texture of both shins, calves and forearms, sparing the face and trunk; yellowish scleral plaques. Flexion contractures of both ankles. No livedo, no purpura, no necrosis.
Labs: ANA negative, Scl-70 negative, centromere negative.
Impression: presentation most consistent with nephrogenic systemic fibrosis. Scleroderma unlikely (serologies negative, face spared). Calciphylaxis was considered by the referring team but there is no purpura, necrosis or ulceration, and this is not calciphylaxis.
Plan: deep skin biopsy L forearm. PT for contractures.
"""),
            ("2014-10-28", "Surgical Pathology Report", """
SKIN AND SUBCUTIS, LEFT FOREARM, DEEP INCISIONAL BIOPSY:
Dermal fibrosis with thickened collagen bundles extending along subcutaneous septa; increased CD34-positive spindle cells; scattered mucin. No vascular or extravascular calcification. No vasculopathy.
Diagnosis: Nephrogenic systemic fibrosis.
"""),
        ],
    },
    {
        "patient_id": "Q19", "age": 72, "sex": "M",
        "notes": [
            ("2024-09-16", "Cardiology Progress Note", """
Cardiology PN
72M, CKD 3b (baseline Cr 1.9), DM2 on insulin (abd), HTN, PCI via R femoral approach 9/9 for NSTEMI (cath 9/9). Now Cr 3.4 and rising, eos 9%.
Pt c/o painful purple toes b/l since 9/12. Exam: blue-purple discoloration of several toes both feet, livedo reticularis of both soles and lateral feet; femoral access site R groin w/ small hematoma, no bruit. DP pulses palpable b/l.
Imp: AKI + blue toes + livedo + eosinophilia after cath -> cholesterol embolization syndrome likely. Ddx incl. calciphylaxis (not favored; no dialysis) and vasculitis.
Plan: derm bx, statin high intensity, avoid further anticoagulation/contrast. Nephrology following.
"""),
            ("2024-09-18", "Dermatology Consult", """
Dermatology Consultation
This is a 72-year-old man with CKD stage 3b, insulin-treated diabetes and coronary disease who underwent coronary angiography with stenting via the right femoral artery one week ago. Since 9/12 he has had painful bluish toes on both feet and a net-like rash of the soles. He has never been on warfarin. BMI 28.
Examination: cyanotic second through fourth toes on the right and third and fifth toes on the left, with small areas of dry gangrene at two tips; livedo reticularis of both feet extending to the ankles. Right groin puncture site with resolving ecchymosis.
Assessment: atheroembolic disease is most likely. Calciphylaxis and vasculitis are on the differential.
Plan: 4 mm punch of the livedoid skin at the left lateral foot.
"""),
            ("2024-09-23", "Pathology Report", """
SKIN, LEFT LATERAL FOOT, PUNCH BIOPSY:
Biconvex needle-shaped clefts within the lumen of a deep dermal arteriole with surrounding foreign-body giant cells, diagnostic of cholesterol emboli. No medial calcification on von Kossa; calciphylaxis not supported. No vasculitis.
"""),
        ],
    },
    {
        "patient_id": "Q20", "age": 68, "sex": "F",
        "notes": [
            ("2022-01-11", "Emergency Department Note", """
ED note. 68F, HD MWF for ESRD; DM2 using insulin; obese, BMI 30.4; CHF. Past warfarin for a PE (2012-2015), none now.
CC: L leg redness/swelling x 3d. Got scratched on L shin by a rosebush while pruning last week; the scratch got red, then the whole lower leg.
Exam: T 38.4. LLE: erythema from ankle to just below the knee, warm, edematous, tender, sharply demarcated; linear crusted scratch mid-shin w/ small amount of pus. No bullae, no necrosis, no purpura. R leg normal. Sacrum: see nursing.
Dx: LLE cellulitis. Vanc dosed w/ HD, cefazolin. Admit.
"""),
            ("2022-01-11", "Nursing Admission Skin Assessment", """
ADMISSION SKIN ASSESSMENT (template)
Braden score: 13 (moderate risk)
Pressure injury present on admission: YES
  Location: R heel
  Stage: 2
  Size: 1.4 x 1.1 cm, partial thickness, pink wound bed, no slough
  Cause: pt sleeps in recliner w/ heels on footstool
Other wounds: L shin scratch (see ED note), L lower leg cellulitis
Calciphylaxis risk screen (dialysis pt): lesions suggestive of calciphylaxis? NO
Devices: R arm AVF - no BP/lab draws R arm.
Interventions: heel offloading boots, q2h turns, air mattress.
"""),
            ("2022-01-13", "Dialysis Rounds", """
HD rounds (inpt)
LLE cellulitis improving, erythema receding from marked line, afebrile x 24h. R heel stage 2 pressure injury, offloaded.
No evidence of calciphylaxis on skin exam - no retiform purpura, no eschar. Pt worried: her brother, a dialysis pt as well, had calciphylaxis on his belly and died of it. Counseled: keep phos down, rotate insulin injection sites, keep heating pads and ice off the skin; call us at once about any painful dark patch.
Ca 8.9 / PO4 5.1 / iPTH 310.
"""),
        ],
    },
]
