package dev.strata.spring.rest.chinook.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** The {@code customer} table. */
@Entity
@Table(indexes = @Index(name = "customer_support_rep_id_idx", columnList = "support_rep_id"))
public class Customer {
    @Id
    private Integer customerId;

    @Column(nullable = false, length = 40)
    private String firstName;

    @Column(nullable = false, length = 20)
    private String lastName;

    @Column(length = 80)
    private String company;

    @Column(length = 70)
    private String address;

    @Column(length = 40)
    private String city;

    @Column(length = 40)
    private String state;

    @Column(length = 40)
    private String country;

    @Column(length = 10)
    private String postalCode;

    @Column(length = 24)
    private String phone;

    @Column(length = 24)
    private String fax;

    @Column(nullable = false, length = 60)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "support_rep_id", foreignKey = @ForeignKey(name = "customer_support_rep_id_fkey"))
    private Employee supportRep;

    @OneToMany(mappedBy = "customer")
    private List<Invoice> invoices = new ArrayList<>();

    public Integer getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Integer customerId) {
        this.customerId = customerId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Employee getSupportRep() {
        return supportRep;
    }

    public void setSupportRep(Employee supportRep) {
        this.supportRep = supportRep;
    }

    public List<Invoice> getInvoices() {
        return invoices;
    }

    public void setInvoices(List<Invoice> invoices) {
        this.invoices = invoices;
    }
}
